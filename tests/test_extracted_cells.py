"""Cells as PDF and Word extraction delivers them, from a cold set of 120 cells written blind
in that style (session 21). Each test fails on session 20's code; the first was a wrong value
with no lint finding."""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc
from tests.readings import read_back


@pytest.mark.parametrize("base", ["Rencana", "Target"])
def test_the_lkjip_capaian_of_a_falling_indicator_stacked(base: str) -> None:
    """LKjIP (PermenPAN-RB 53/2014): where less is better, capaian = (rencana − (realisasi −
    rencana)) / rencana × 100%. Stacked, its numerator line 'Rencana - (Realisasi - Rencana)'
    used to be a legend's entry ('Rencana' defined by a dash) and the formula read as
    (Realisasi − Rencana) / Rencana, silently."""
    text = (
        f"{base} - (Realisasi - {base})\n"
        "Capaian = ------------------------------------ x 100%\n"
        f"{base}\n"
        "(untuk indikator negatif)"
    )
    formula = read_back(text)
    assert formula.label == "Capaian"
    assert formula.evaluate({base: 80, "Realisasi": 90}).exact == Fraction(175, 2)  # 70 / 80


def test_a_compound_unit_in_brackets_after_the_scale_is_the_result_s() -> None:
    text = (
        "Jumlah produksi ikan (ton) tahun t dibagi jumlah penduduk tahun t dikali 1.000 "
        "(kg/kapita)"
    )
    formula = read_back(text)
    assert formula.variables == ("Jumlah produksi ikan (ton) tahun t", "jumlah penduduk tahun t")
    assert formula.evaluate(dict.fromkeys(formula.variables, 2)).exact == 1000


def test_a_target_with_its_year_after_the_formula_is_a_note() -> None:
    text = (
        "Jumlah penduduk yang terdaftar sebagai peserta JKN dibagi jumlah penduduk dikalikan "
        "100 %\nTarget 2025: 98%"
    )
    assert len(read_back(text).variables) == 2


def test_an_acronym_over_a_counted_quantity_divides() -> None:
    """'PAD/Total Pendapatan Daerah*100%' was one name scaled to percent (W103)."""
    formula = read_back("PAD/Total Pendapatan Daerah*100%")
    assert formula.variables == ("PAD", "Total Pendapatan Daerah")
    assert "Kab/Kota" in read_back("Jumlah desa di Kab/Kota").variables[0]  # words stay words


def test_a_scale_glued_to_an_abbreviation_s_period() -> None:
    formula = read_back("Panjang jalan mantap/ Panjang jalan Kab.x100%")
    assert formula.variables == ("Panjang jalan mantap", "Panjang jalan Kab")
    assert formula.evaluate(dict.fromkeys(formula.variables, 3)).exact == 100


def test_a_worked_example_after_the_formula_s_sentence_gives_no_factor() -> None:
    """LKjIP prose: the sentence after '… kemudian dikalikan 100%.' reports the year's
    figures ('… sehingga capaian sebesar 97,86%'); its last 'sebesar' used to be read as
    the value of the scale (× 97,86%), a wrong value flagged only by W123."""
    text = (
        "Capaian kinerja dihitung dengan membandingkan nilai realisasi Indeks RB terhadap "
        "target Indeks RB yang ditetapkan dalam Renstra, kemudian dikalikan 100%. Realisasi "
        "tahun 2023 sebesar 68,50 dari target 70,00 sehingga capaian sebesar 97,86%."
    )
    formula = read_back(text)
    assert formula.evaluate(dict.fromkeys(formula.variables, 7)).exact == 100
    assert "W123" not in {d.code for d in ikicalc.lint(text)}


def test_footnote_lines_under_a_stack_are_notes() -> None:
    """'…mandiri*' and '…Kabupaten**' point to the lines '* berdasarkan IDM Kemendesa' and
    '** 245 desa' under the stack; '**' used to be read as a power."""
    text = (
        "Jumlah desa yang berstatus mandiri*\n"
        "Persentase desa mandiri = ------------------------------- x 100%\n"
        "Jumlah desa di Kabupaten**\n"
        "* berdasarkan IDM Kemendesa\n"
        "** 245 desa"
    )
    formula = read_back(text)
    assert formula.variables == ("Jumlah desa yang berstatus mandiri", "Jumlah desa di Kabupaten")


def test_the_counts_under_the_names_of_a_stack_are_data() -> None:
    text = (
        "Jumlah PNS yang mengikuti diklat\n(75 orang)\n"
        "----------------------------------------- x 100%\n"
        "Jumlah seluruh PNS di lingkungan Dinas\n(250 orang)"
    )
    formula = read_back(text)
    assert formula.variables == (
        "Jumlah PNS yang mengikuti diklat",
        "Jumlah seluruh PNS di lingkungan Dinas",
    )
    period = read_back("Jumlah kunjungan dalam\n(1 tahun)\n------ x 100%\nJumlah penduduk")
    assert period.variables[0] == "Jumlah kunjungan dalam (1 tahun)"  # a period: the name's


def test_a_description_with_a_hyphenated_word_before_the_announced_formula() -> None:
    """SKM (PermenPAN-RB 14/2017): the description's 'rata-rata' and 'masing-masing' hold
    hyphens, no minus: the sentence before '…sebagai berikut:' used to be read as the
    formula and 'IKM = …' under it as a legend's entry."""
    text = (
        "Nilai IKM dihitung dengan menggunakan nilai rata-rata tertimbang masing-masing unsur "
        "pelayanan. Dalam penghitungan indeks kepuasan masyarakat terhadap 9 unsur pelayanan "
        "yang dikaji, setiap unsur pelayanan memiliki penimbang yang sama, dengan rumus sebagai "
        "berikut:\nIKM = Total dari Nilai Persepsi Per Unsur / Total unsur yang terisi x Nilai "
        "penimbang"
    )
    formula = read_back(text)
    assert formula.variables == (
        "Total dari Nilai Persepsi Per Unsur",
        "Total unsur yang terisi",
        "Nilai penimbang",
    )


def test_a_target_line_after_a_legend_ends_it() -> None:
    """'Target 2024: 90%' under the legend used to keep the last entry's symbol unnamed (b)."""
    text = (
        "CDR = (a / b) x 100%\ndengan:\na = jumlah pasien baru TB BTA positif yang ditemukan\n"
        "b = perkiraan jumlah pasien baru TB BTA positif\nTarget 2024: 90%"
    )
    assert read_back(text).variables == (
        "jumlah pasien baru TB BTA positif yang ditemukan",
        "perkiraan jumlah pasien baru TB BTA positif",
    )


def test_a_grade_compared_inside_a_name() -> None:
    """SAKIP grades (AA, A, BB, B, CC, C, D): 'nilai SAKIP ≥ BB' qualifies the name; a
    comparison of two symbols is still refused."""
    text = (
        "P = (A / B) x 100%\nKeterangan:\nA = Jumlah OPD dengan nilai SAKIP ≥ BB\n"
        "B = Jumlah seluruh OPD yang dievaluasi"
    )
    assert read_back(text).variables[0] == "Jumlah OPD dengan nilai SAKIP ≥ BB"
    with pytest.raises(ikicalc.FormulaSyntaxError):
        ikicalc.parse("A ≥ B")


@pytest.mark.parametrize(
    "text",
    [
        "Kepatuhan kebersihan tangan = jml tindakan kebersihan tangan yg dilakukan/jml peluang "
        "kebersihan tangan x 100% ≥ 85%",
        "Jumlah PBB yang terealisasi / target PBB x 100%\nContoh 2023: Rp 1.234.567.890 / Rp "
        "1.500.000.000 x 100% = 82,30%",
    ],
)
def test_a_standard_or_a_dated_example_after_the_formula(text: str) -> None:
    """'x 100% ≥ 85%' (the standard of an indikator mutu) was refused as a comparison;
    'Contoh 2023: …' (a dated worked example) was multiplied into the value."""
    formula = read_back(text)
    assert formula.evaluate(dict.fromkeys(formula.variables, 3)).exact == 100


def test_a_percent_before_a_line_break_and_the_slash() -> None:
    text = (
        "Persentase capaian SPM\n= (Jumlah indikator SPM yang capaiannya 100%\n"
        "/ Jumlah indikator SPM) x 100%"
    )
    assert read_back(text).variables[0] == "Jumlah indikator SPM yang capaiannya 100%"
