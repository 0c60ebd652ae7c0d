"""'Rata-rata' opening the one quantity of a formula that says over what rows it averages is
the mean over those rows (mean_list.means_over_rows); a statistic's name stays a name."""

from __future__ import annotations

import pytest

import ikicalc
from ikicalc.lang import ast
from ikicalc.lang.mean_list import reads_over_rows


def _mean_of(formula: ikicalc.Formula) -> str | None:
    for node in ast.walk(formula.expr):
        if isinstance(node, ast.Aggregate) and node.fold is ast.Fold.MEAN:
            assert isinstance(node.operand, ast.Variable)
            return node.operand.name
    return None


@pytest.mark.parametrize(
    ("text", "averaged"),
    [
        # Kepmendikti 358/2025 IKU PT
        ("Rata-rata Tingkat Pencapaian AEE seluruh program aktif",
         "Tingkat Pencapaian AEE seluruh program aktif"),
        ("Nilai Rata-rata Nilai IKM setiap unit layanan", "Nilai IKM setiap unit layanan"),
        ("Capaian = Rerata skor kinerja per OPD x 100%", "skor kinerja per OPD"),
        ("RATA-RATA NILAI SAKIP MASING-MASING PERANGKAT DAERAH",
         "NILAI SAKIP MASING-MASING PERANGKAT DAERAH"),
        ("Rata-rata nilai maturitas\ntiap-tiap satuan kerja", "nilai maturitas tiap-tiap satuan kerja"),
    ],
)  # fmt: skip
def test_a_mean_over_the_rows_it_names(text: str, averaged: str) -> None:
    formula = ikicalc.parse(text)
    assert _mean_of(formula) == averaged
    assert any("rata-rata" in g.chosen for g in formula.guesses)  # a guess, recorded
    again = ikicalc.parse(str(formula))  # the canonical text reads back the same
    assert _mean_of(again) == averaged


@pytest.mark.parametrize(
    "text",
    [
        "Rata-rata Lama Sekolah",  # a statistic: no rows said
        "Rata-rata Pengeluaran per Kapita",  # per kapita: the statistic's unit
        "Rata-rata Jumlah satker yang mendapat pendampingan",  # an entity, no quantifier
        "Rata-rata tingkat maturitas SPIP per subunsur * bobot per subunsur",  # beside a name
    ],
)
def test_a_statistics_name_stays_a_name(text: str) -> None:
    formula = ikicalc.parse(text)
    assert _mean_of(formula) is None
    assert any(v.lower().startswith("rata-rata") for v in formula.variables)


def test_a_list_stays_the_mean_of_the_list() -> None:
    formula = ikicalc.parse("Rata-rata Indeks Kesehatan setiap desa dan Indeks Pendidikan setiap desa")
    assert isinstance(formula.expr, ast.Mean)


def test_the_canonical_text_keeps_such_a_name_whole() -> None:
    assert reads_over_rows("Rata-rata A setiap B") == "A setiap B"
    assert reads_over_rows("Rata-rata Lama Sekolah") is None
    name = ast.Variable("Rata-rata nilai setiap unit")  # named by a legend, say
    text = str(ikicalc.Formula(ast.Binary(ast.Op.DIV, name, ast.Variable("Target"))))
    assert "\\text{Rata-rata nilai setiap unit}" in text
    assert "Rata-rata nilai setiap unit" in ikicalc.parse(text).variables
