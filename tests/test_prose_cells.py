"""Formulas said in sentences, as BPS metadata, SPM juknis and RPJMD definitions say them, from
a cold set of 120 cells written blind in those styles (session 21). Session 20's code read
each of these cells wrong."""

from __future__ import annotations

import pytest

import ikicalc
from tests.readings import read_back


def test_the_spm_sentence_heads_its_ratio_with_persentase() -> None:
    """Permenkes 4/2019 (SPM kesehatan): 'Capaian kinerja … dinilai dari persentase jumlah …
    dibagi jumlah …': 'persentase' heads the formula, no word of the numerator's name."""
    formula = read_back(
        "Capaian kinerja Pemerintah Daerah dalam memberikan pelayanan kesehatan bayi baru "
        "lahir dinilai dari persentase jumlah bayi baru lahir usia 0-28 hari yang mendapatkan "
        "pelayanan kesehatan bayi baru lahir sesuai dengan standar dibagi jumlah sasaran bayi "
        "baru lahir di kabupaten/kota dalam kurun waktu satu tahun, dikalikan seratus persen."
    )
    assert formula.variables[0].startswith("jumlah bayi baru lahir usia 0-28 hari")


def test_a_scale_in_brackets_after_in_percent_is_read_once() -> None:
    """'…, dinyatakan dalam persen (dikali 100).': the bracket says the × 100 of the percent;
    the ratio used to be read with no scale (W123)."""
    text = (
        "Derajat desentralisasi fiskal diukur dengan rasio Pendapatan Asli Daerah terhadap "
        "Total Pendapatan Daerah pada tahun anggaran yang sama, dinyatakan dalam persen "
        "(dikali 100)."
    )
    formula = read_back(text)
    assert formula.evaluate(dict.fromkeys(formula.variables, 5)).exact == 100
    assert "W123" not in {d.code for d in ikicalc.lint(text)}


@pytest.mark.parametrize(
    ("text", "last"),
    [
        (
            "Nilai realisasi investasi dihitung dari jumlah realisasi PMA ditambah jumlah "
            "realisasi PMDN, dinyatakan dalam rupiah per tahun.",
            "jumlah realisasi PMDN",
        ),
        (
            "Jumlah penduduk dibagi luas wilayah, dinyatakan dalam jiwa per km2",
            "luas wilayah",
        ),
        (  # the rate said with 'dalam per': × 1 000, its words no part of the name
            "Jumlah kematian bayi dibagi jumlah kelahiran hidup, dinyatakan dalam per 1.000 "
            "kelahiran hidup",
            "jumlah kelahiran hidup",
        ),
    ],
)
def test_the_unit_said_after_the_formula_is_no_word_of_the_last_name(text: str, last: str) -> None:
    assert read_back(text).variables[-1] == last


def test_a_rate_said_in_per_keeps_its_scale() -> None:
    formula = read_back(
        "Jumlah kematian bayi dibagi jumlah kelahiran hidup, dinyatakan dalam per 1.000 "
        "kelahiran hidup"
    )
    assert formula.evaluate(dict.fromkeys(formula.variables, 4)).exact == 1000
