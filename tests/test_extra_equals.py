"""The other uses of a cell's ``=`` (ikicalc/lang/equals.py): the name of what a formula
computes written after it, the unit of the result or its name again after a second ``=``, a
name and its abbreviation both before the formula. Each is read as the formula alone, with
the same value as the formula written the usual way; an ``=`` that computes (a legend's entry,
a second formula, a worked example) is never taken for a name."""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc
from ikicalc.errors import IkiError


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        # the formula first, what it computes named after it
        (
            "Jumlah pengaduan yang ditindaklanjuti / Jumlah pengaduan x 100% = Persentase "
            "pengaduan yang ditindaklanjuti",
            "Jumlah pengaduan yang ditindaklanjuti / Jumlah pengaduan × 100%",
        ),
        (
            "Jumlah PAD / Total Pendapatan Daerah x 100% = Rasio Kemandirian",
            "Jumlah PAD / Total Pendapatan Daerah × 100%",
        ),
        ("A / B x 100% = C", "A / B × 100%"),
        ("(Realisasi : Target) x 100 % = Capaian Kinerja (%)", "Realisasi / Target × 100%"),
        # the unit of the result after a second "="
        (
            "Kepadatan penduduk = Jumlah penduduk / luas wilayah = orang/km²",
            "Kepadatan penduduk = Jumlah penduduk / luas wilayah",
        ),
        (
            "Rasio dokter = Jumlah dokter / Jumlah penduduk x 100.000 = per 100.000 penduduk",
            "Rasio dokter = Jumlah dokter / Jumlah penduduk × 100000",
        ),
        (
            "Rata-rata lama sekolah = Σ lama sekolah penduduk / Σ penduduk usia 25 tahun = tahun",
            "Rata-rata lama sekolah = Σ lama sekolah penduduk / Σ penduduk usia 25 tahun",
        ),
        # the result named again
        ("Skor = (a x 1) + (b x 2) = total skor", "Skor = a × 1 + b × 2"),
        ("Nilai = Skor / 4 = Kategori", "Nilai = Skor / 4"),
        # a name and its abbreviation before the formula
        (
            "IKM = Indeks Kepuasan Masyarakat = Σ NRR tertimbang x 25",
            "Indeks Kepuasan Masyarakat = Σ NRR tertimbang × 25",
        ),
        (
            "Indeks Kepuasan Masyarakat (IKM) = IKM = Nilai rata-rata tertimbang x 25",
            "Indeks Kepuasan Masyarakat (IKM) = Nilai rata-rata tertimbang × 25",
        ),
    ],
)
def test_the_words_across_an_extra_equals_name_the_result(text: str, canonical: str) -> None:
    formula = ikicalc.parse(text)
    assert str(formula) == canonical
    plain = ikicalc.parse(canonical)
    values = {name: Fraction(7 + 3 * i) for i, name in enumerate(formula.variables)}
    assert formula.evaluate(values).exact == plain.evaluate(values).exact


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        # a legend's entry after the formula is a legend, not the result's name
        ("P = a/b x 100%, a = jumlah surat yang diproses", ["jumlah surat yang diproses", "b"]),
        # a stack's middle line joined: the denominator after the "=" (no division before it)
        (
            "Jumlah Petugas yang melakukan Hand Hygiene x 100 % = Jumlah Seluruh Petugas",
            ["Jumlah Petugas yang melakukan Hand Hygiene", "Jumlah Seluruh Petugas"],
        ),
        # a target after the formula
        ("Persentase = (A/B) x 100% = 85%", ["A", "B"]),
    ],
)
def test_an_equals_that_is_not_a_name_is_read_as_before(text: str, variables: list[str]) -> None:
    assert list(ikicalc.parse(text).variables) == variables


@pytest.mark.parametrize(
    "text",
    [
        # two formulas: the second computes, it is no name
        "Nilai A = B / C = D / E",
        # three "=": not one of the shapes
        "P = A / B = Persentase = Nilai",
    ],
)
def test_an_equals_between_two_computations_stays_an_error(text: str) -> None:
    with pytest.raises(IkiError):
        ikicalc.parse(text)
