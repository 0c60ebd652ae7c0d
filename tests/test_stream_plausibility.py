"""Plausibility warnings in ``report --stream`` (issue 17 item 7): ``W111`` (a part over its
whole above 100 %) and ``W112`` (a capaian above 1 000 %) are computed by Polars expressions
in the streaming engine and say, row for row, what the exact engine says: the same codes,
the same words, the same numbers in the current language."""

from __future__ import annotations

import csv
import io
from fractions import Fraction
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import ikicalc
from ikicalc.cli import app
from ikicalc.diagnostics.plausibility import _shown
from ikicalc.evaluation.frame_plausibility import shown

DOCUMENT = """\
unit: Kecamatan Contoh
tahun: 2024
jenis: IKI
jabatan:
  - nama: Sekretaris Camat
    indikator:
      - id: "001"
        indikator: Tingkat kehadiran pegawai
        formula: Jumlah PNS yang hadir / Jumlah PNS x 100%
        target: 95
      - id: "002"
        indikator: Realisasi anggaran terhadap rencana
        formula: Realisasi anggaran / Rencana anggaran x 100%
        target: 5
      - id: "003"
        indikator: Kehadiran seluruh pegawai
        formula: Σ Jumlah PNS yang hadir / Σ Jumlah PNS x 100%
        target: 90
      - id: "004"
        indikator: Surat yang didistribusikan
        formula: Jumlah surat / Jumlah surat x 100%
        target: 100
"""

# one employee per row: attendance typed as 1.206 (read as 1 206), above the whole, exactly
# the whole, a tie to round, a plan overspent (not a part: W112 only), nothing to doubt
DATA = """\
nip;Jumlah PNS yang hadir;Jumlah PNS;Realisasi anggaran;Rencana anggaran;Jumlah surat
1;1206;40;1100;1000;7
2;41;40;60;1;3
3;38;38;5;100;4
4;201;200;100,5;10;0
5;19;20;1;1;2
"""


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    document = tmp_path / "iki.yaml"
    document.write_text(DOCUMENT, "utf-8")
    data = tmp_path / "pegawai.csv"
    data.write_text(DATA, "utf-8")
    return document, data


def _exact_rows(document: Path, data: Path) -> dict[str, list[tuple[str | None, str]]]:
    """Every row of the exact report, by indicator: its error and its findings as its
    Keterangan writes them (``W111: …; W112: …``)."""
    report = ikicalc.build_report(ikicalc.load_document(document), ikicalc.read_realisasi(data))
    said: dict[str, list[tuple[str | None, str]]] = {}
    for row in report.rows:
        findings = "; ".join(str(finding) for finding in row.lint)
        said.setdefault(row.indikator_id, []).append((row.error, findings))
    return said


def _after_error(keterangan: str | None, error: str | None) -> str:
    """The streamed Keterangan without the row's error before it (the engines word some
    errors differently: the exact one says where in the formula)."""
    text = keterangan or ""
    if error is not None:
        assert text.startswith(error)
        text = text[len(error) :].removeprefix("; ")
    return text


@pytest.mark.parametrize("language", ["en", "id"])
def test_both_engines_give_the_same_warnings(files: tuple[Path, Path], language: str) -> None:
    document, data = files
    with ikicalc.i18n.language(language):
        exact = _exact_rows(document, data)
        result = ikicalc.evaluate_frame(ikicalc.load_document(document), data)
        frame = result.collect()
    for described in result.indicators:
        assert described.keterangan is not None
        streamed = frame[described.keterangan].to_list()
        errors = frame[described.error].to_list()
        rows = exact[described.id]
        expected = rows * len(streamed) if len(rows) == 1 else rows
        assert [e is None for e in errors] == [e is None for e, _ in expected]
        said = [_after_error(k, e) for k, e in zip(streamed, errors, strict=True)]
        assert said == [findings for _, findings in expected], described.id
        for keterangan, (error, findings) in zip(streamed, expected, strict=True):
            if error is None:  # a computed row: the whole Keterangan, word for word
                assert keterangan == (findings or None)
    attendance = frame["001 keterangan"].to_list()
    assert [text and text.split(":")[0] for text in attendance] == [
        "W111",  # 3 015 %: and W112, after it
        "W111",
        None,  # 38 of 38 is 100 %, not above it
        "W111",
        None,
    ]
    assert attendance[0] is not None
    assert "; W112: " in attendance[0]
    first = "3.015%" if language == "id" else "3,015%"
    assert first in attendance[0]
    assert ("100,50%" if language == "id" else "100.50%") in str(attendance[3])
    # a plan overspent is not a part above its whole: only the capaian is doubted
    budget = frame["002 keterangan"].to_list()
    assert [text and text.split(":")[0] for text in budget] == ["W112", "W112", None, "W112", "W112"]
    # Σ over the group: 1 505 of 338 is one warning on every row of the group
    group = frame["003 keterangan"].to_list()
    assert len(set(group)) == 1
    assert str(group[0]).startswith("W111: ")
    # the document's own lint finding (always 100 %) is on every row; the zero row has its
    # error first
    constant = frame["004 keterangan"].to_list()
    assert all(str(text).count("W101: ") == 1 for text in constant)
    assert frame["004 error"][3] is not None
    assert str(constant[3]).startswith(frame["004 error"][3] + "; W101: ")


def test_the_streamed_csv_says_what_the_report_csv_says(files: tuple[Path, Path]) -> None:
    document, data = files
    streamed = data.with_name("hasil.csv")
    runner = CliRunner()
    done = runner.invoke(
        app,
        ["--bahasa", "id", "report", str(document), "--data", str(data), "--stream", "-o", str(streamed)],
    )
    assert done.exit_code == 0, done.output
    plain = runner.invoke(
        app, ["--bahasa", "id", "report", str(document), "--data", str(data), "--format", "csv"]
    )
    assert plain.exit_code == 0, plain.output
    table = list(csv.DictReader(io.StringIO(plain.stdout.lstrip("\ufeff")), delimiter=";"))
    wide = list(csv.DictReader(io.StringIO(streamed.read_text("utf-8"))))
    assert len(wide) == 5
    for indicator in ("001", "002"):  # computed rows: the whole Keterangan
        said = [row["Keterangan"] for row in table if row["ID"] == indicator]
        assert [row[f"{indicator} keterangan"] for row in wide] == said
    assert "W111: realisasi 3.015%, padahal 'Jumlah PNS yang hadir' adalah bagian" in (
        wide[0]["001 keterangan"]
    )


@pytest.mark.parametrize(
    "value",
    [
        Fraction(101),
        Fraction(3015),
        Fraction(317368, 100),
        Fraction(1005, 10),
        Fraction(201, 2),
        Fraction(100125, 1000),  # a tie: half-up
        Fraction(999995, 1000),
        Fraction(1234567891, 100),
        Fraction(10**12 + 1, 3),
        Fraction(1001),
        Fraction(100001, 100),
    ],
)
@pytest.mark.parametrize("language", ["en", "id"])
def test_a_number_is_written_as_the_exact_engine_writes_it(
    value: Fraction, language: str
) -> None:
    with ikicalc.i18n.language(language):
        written = pl.select(shown(pl.lit(float(value)))).item()
        assert written == _shown(value)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=100_000, max_value=10**12), st.sampled_from(["en", "id"]))
def test_numbers_of_three_decimals_are_written_alike(thousandths: int, language: str) -> None:
    value = Fraction(thousandths, 1000)
    with ikicalc.i18n.language(language):
        assert pl.select(shown(pl.lit(float(value)))).item() == _shown(value)


def test_the_lint_runs_once_when_the_result_is_first_used(
    files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """evaluate_frame builds the plan and leaves the lint (Keterangan's findings) until the
    result is used: for the Σ groups it runs while Polars adds them up. Once, whatever is
    asked first, and the Keterangan is the same."""
    from ikicalc.evaluation import frame as frame_module

    document, data = files
    loaded = ikicalc.load_document(document)
    expected = ikicalc.evaluate_frame(loaded, data).collect()
    linted: list[object] = []
    real = frame_module._lint_findings

    def counted(definition: object) -> dict[str, tuple[str, ...]]:
        linted.append(definition)
        return real(definition)  # type: ignore[arg-type]

    monkeypatch.setattr(frame_module, "_lint_findings", counted)
    for first in ("indicators", "groups", "collect"):
        linted.clear()
        result = ikicalc.evaluate_frame(loaded, data)
        assert linted == []
        if first == "indicators":
            assert any(d.findings for d in result.indicators)
        elif first == "groups":
            _ = result.groups
        frame = result.collect()
        assert linted == [loaded]
        names = [n for n in expected.columns if n.endswith("keterangan")]
        assert frame.select(names).equals(expected.select(names))
    assert result.groups.get_column("003 keterangan").to_list() == expected["003 keterangan"][:1].to_list()
