"""Cells of several equations (issue 14, causes 4, 6 and 7): the indicator's formula over
symbols each defined by an equation of its own, then a legend, as Kepja, Permen and Manual
IKU annexes write them. A careful reader substitutes the definitions and names the leaves
from the legend. Real cells quoted with their id in ``tests/data/public-cells.jsonl``, and
cells of the same family written with other symbols and names."""

from __future__ import annotations

from fractions import Fraction

import pytest

from ikicalc import lint
from ikicalc.lang import ast
from ikicalc.lang.definitions import SUBSTITUTED
from ikicalc.lang.parser import parse
from ikicalc.lang.printer import expression_text

# kejaksaan-kepja-1184-2025-iku-github#05 (Kepja 1184/2025, e-Laptri JSON)
ASK = (
    "Perhitungan nilai Persentase aparatur yang memiliki sertifikasi kompetensi sesuai jabatan "
    "sebagai\nberikut.\nASK =\nN1 + N2\n2\nN1 =\nJT\nJS\nx 100% N2 =\nASN−T\nJ−ASN\nx 100%\n"
    "ASK : Persentase aparatur yang memiliki sertifikasi kompetensi sesuai jabatan\n"
    "JT : Jumlah Jaksa yang memiliki sertifikat kompetensi\nJS : Jumlah total Jaksa Kejaksaan RI\n"
    "ASN-T : Jumlah ASN yang memiliki sertifikat kompetensi sesuai jabatan\n"
    "J-ASN : Jumlah total ASN Kejaksaan RI (tidak termasuk Jaksa)"
)
# kejaksaan-kepja-1184-2025-iku-github#12
UAPA = (
    "Jika pengukuran indikator dilakukan secara mandiri, maka perhitungan Nilai Kualitas "
    "Pelaporan\nKeuangan Unit Akuntansi Pengguna Anggaran (UAPA) Kejaksaan RI sebagai berikut.\n"
    "UAPA = X1 + X2\nX1 = (100 − n) x Bobot, X2 = (\nNX2\nTk\nx Bobot) − n\n"
    "UAPA : Nilai Kualitas Pelaporan Keuangan Unit Akuntansi Pengguna Anggaran (UAPA)\n"
    "Kejaksaan RI\nX1 : Nilai Realisasi atas jumlah temuan yang mempengaruhi opini BPK\n"
    "X2 : Nilai Realisasi atas Rata-rata nilai kualitas pelaporan keuangan Lembaga\n"
    "NX2 : Jumlah nilai total atas Realisasi pada komponen 2\nTk : Jumlah Satker Eselon I\n"
    "n : Nilai Pengurang"
)
# kejaksaan-kepja-1184-2025-iku-github#09
NKA = (
    "Jika pengukuran indikator dilakukan secara mandiri, maka Nilai Kinerja Anggaran Kejaksaan "
    "RI\nsebagai berikut.\nNKA = X1 + X2\nX 1−2 =\nNX1−2\nTk1−2\nx Bobot\n"
    "NKA : Nilai Kinerja Anggaran\nNX1-2 : Nilai Realisasi pada komponen 1 sampai dengan 2\n"
    "Tk1-2 : Total komponen penilaian pada komponen 1 sampai dengan 2"
)

# the same families, other symbols and names
KEPUASAN = (
    "Indeks kepuasan layanan dihitung sebagai berikut.\nIKL =\nK1 + K2 + K3\n3\nK1 =\nPS\nPT\n"
    "x 100% K2 =\nDS−A\nD−ALL\nx 100% K3 =\nRS\nRT\nx 100%\n"
    "IKL : Indeks kepuasan layanan\nPS : Jumlah pengaduan yang selesai\n"
    "PT : Jumlah pengaduan yang diterima\nDS-A : Jumlah desa aktif\nD-ALL : Jumlah seluruh desa\n"
    "RS : Jumlah responden puas\nRT : Jumlah seluruh responden"
)
ANGGARAN = (
    "Nilai kinerja keuangan dihitung sebagai berikut.\nNKK = Y1 + Y2\n"
    "Y1 = (50 − p) x Faktor, Y2 = (\nRA\nRP\nx Faktor) − p\n"
    "NKK : Nilai kinerja keuangan\nY1 : Nilai atas temuan pemeriksaan\n"
    "Y2 : Nilai atas penyerapan anggaran\nRA : Realisasi anggaran\nRP : Pagu anggaran\n"
    "p : Nilai pengurang"
)
KOMPONEN = (
    "IKA = Z1 + Z2 + Z3\nZ 1–3 =\nNZ1–3\nTZ1–3\nx Bobot\nIKA : Indeks kinerja aplikasi\n"
    "NZ1-3 : Nilai capaian komponen 1 sampai dengan 3\n"
    "TZ1-3 : Target komponen 1 sampai dengan 3"
)


def _value(text: str, data: dict[str, object]) -> Fraction:
    return Fraction(parse(text).evaluate(data).exact)  # type: ignore[arg-type]


def test_kepja_ask_two_definitions_substituted() -> None:
    formula = parse(ASK)
    assert formula.variables == (
        "Jumlah Jaksa yang memiliki sertifikat kompetensi",
        "Jumlah total Jaksa Kejaksaan RI",
        "Jumlah ASN yang memiliki sertifikat kompetensi sesuai jabatan",
        "Jumlah total ASN Kejaksaan RI (tidak termasuk Jaksa)",
    )
    assert formula.label == (
        "Persentase aparatur yang memiliki sertifikasi kompetensi sesuai jabatan"
    )
    data = dict(zip(formula.variables, (3, 4, 1, 2), strict=True))
    assert formula.evaluate(data).exact == (Fraction(3, 4) * 100 + Fraction(1, 2) * 100) / 2


def test_kepja_uapa_definitions_on_one_line_and_a_bracketed_fraction() -> None:
    formula = parse(UAPA)
    assert set(formula.variables) == {
        "Nilai Pengurang",
        "Bobot",
        "Jumlah nilai total atas Realisasi pada komponen 2",
        "Jumlah Satker Eselon I",
    }
    data = {
        "Nilai Pengurang": 5,
        "Bobot": 2,
        "Jumlah nilai total atas Realisasi pada komponen 2": 30,
        "Jumlah Satker Eselon I": 10,
    }
    assert formula.evaluate(data).exact == (100 - 5) * 2 + (Fraction(30, 10) * 2 - 5)


def test_kepja_nka_a_range_of_definitions_summed() -> None:
    formula = parse(NKA)
    assert isinstance(formula.expr, ast.Aggregate)
    assert formula.expr.fold is ast.Fold.SUM
    assert formula.variables == (
        "Nilai Realisasi pada komponen 1 sampai dengan 2",
        "Total komponen penilaian pada komponen 1 sampai dengan 2",
        "Bobot",
    )
    data = dict(zip(formula.variables, ([1, 2], [4, 4], [10, 10]), strict=True))
    assert formula.evaluate(data).exact == Fraction(1, 4) * 10 + Fraction(2, 4) * 10


def test_same_family_three_definitions_other_names() -> None:
    formula = parse(KEPUASAN)
    assert formula.variables == (
        "Jumlah pengaduan yang selesai",
        "Jumlah pengaduan yang diterima",
        "Jumlah desa aktif",
        "Jumlah seluruh desa",
        "Jumlah responden puas",
        "Jumlah seluruh responden",
    )
    data = dict(zip(formula.variables, (1, 2, 3, 4, 1, 4), strict=True))
    assert formula.evaluate(data).exact == (50 + 75 + 25) / Fraction(3)


def test_same_family_definitions_on_one_line_other_names() -> None:
    data = {"Nilai pengurang": 4, "Faktor": 3, "Realisasi anggaran": 9, "Pagu anggaran": 10}
    assert _value(ANGGARAN, data) == (50 - 4) * 3 + (Fraction(9, 10) * 3 - 4)


def test_same_family_a_range_of_three() -> None:
    formula = parse(KOMPONEN)
    assert formula.label == "Indeks kinerja aplikasi"
    data = {
        "Nilai capaian komponen 1 sampai dengan 3": [1, 2, 3],
        "Target komponen 1 sampai dengan 3": [2, 4, 6],
        "Bobot": [1, 1, 2],
    }
    assert formula.evaluate(data).exact == Fraction(1, 2) + Fraction(1, 2) + 1


LEGEND = (
    "JP : Jumlah pengaduan selesai\nJT : Jumlah pengaduan\nRP : Jumlah rapat terlaksana\n"
    "RT : Jumlah rapat direncanakan"
)
MEAN_OF_TWO = (
    "(Jumlah pengaduan selesai / Jumlah pengaduan × 100% "
    "+ Jumlah rapat terlaksana / Jumlah rapat direncanakan × 100%) / 2"
)


@pytest.mark.parametrize(
    "text",
    [
        # the definitions after an introducer, the legend after another
        "IKK = (A1 + A2) / 2\ndimana:\nA1 = JP / JT x 100%\nA2 = RP / RT x 100%\nKeterangan:\n"
        + LEGEND.replace(" :", " ="),
        # the definitions on the formula's line, joined by words
        "IKK = (A1 + A2) / 2, dengan A1 = JP / JT x 100% dan A2 = RP / RT x 100%\n" + LEGEND,
        # the indicator's formula unnamed, the definitions under it
        "(A1 + A2) / 2\nA1 = JP / JT x 100%\nA2 = RP / RT x 100%\n" + LEGEND,
        "Rumus:\n(A1 + A2) / 2\ndimana\nA1 = JP / JT x 100%\nA2 = RP / RT x 100%\nKeterangan:\n"
        + LEGEND,
    ],
)
def test_definitions_as_other_documents_write_them(text: str) -> None:
    assert expression_text(parse(text).expr) == MEAN_OF_TWO


def test_weights_over_definitions() -> None:
    text = "Nilai IKK = 0,6 x P + 0,4 x Q\nP = JP / JT x 100%\nQ = RP / RT x 100%\n" + LEGEND
    data = {
        "Jumlah pengaduan selesai": 1,
        "Jumlah pengaduan": 2,
        "Jumlah rapat terlaksana": 3,
        "Jumlah rapat direncanakan": 4,
    }
    assert _value(text, data) == Fraction(6, 10) * 50 + Fraction(4, 10) * 75


@pytest.mark.parametrize("text", [ASK, UAPA, NKA, KEPUASAN, ANGGARAN, KOMPONEN])
def test_the_reading_is_a_guess_and_prints_back(text: str) -> None:
    formula = parse(text)
    assert parse(str(formula)) == formula
    assert any(guess.reason == SUBSTITUTED for guess in formula.guesses)
    assert "W110" in {d.code for d in lint(text)}


@pytest.mark.parametrize(
    "text",
    [
        # a legend said with '=' is no system of equations
        "Persentase = A / B x 100%\nA = Jumlah desa tertib\nB = Jumlah seluruh desa",
        # a scale's cases (ulm-espmi-led-lamdik-github#06)
        "Jika PPkDM ≥ 75%, maka Skor =\n4\nJika PPkDM < 75%, maka Skor = 2 + (8 x PPkDM)\n\n"
        "PPkDM = (NPM / NPDTPS) x 100%",
    ],
)
def test_no_system_no_substitution(text: str) -> None:
    try:
        formula = parse(text)
    except ValueError:
        return
    assert not any(guess.reason == SUBSTITUTED for guess in formula.guesses)


def test_a_definition_used_alone_from_a_range_is_not_guessed() -> None:
    # X1 alone from a range of two: the reader cannot tell which member; not substituted
    text = "NKA = X1 x 2\nX 1−2 =\nNX1−2\nTk1−2\nx Bobot"
    try:
        formula = parse(text)
    except ValueError:
        return
    assert not any(guess.reason == SUBSTITUTED for guess in formula.guesses)


def test_a_fraction_exported_line_by_line_times_a_name() -> None:
    # the rest of the middle line after the bar ("x Bobot") multiplies the fraction
    formula = parse("Nilai =\nJumlah capaian\nJumlah target\nx Bobot")
    data = {"Jumlah capaian": 3, "Jumlah target": 4, "Bobot": 10}
    assert formula.evaluate(data).exact == Fraction(30, 4)
    formula = parse("Nilai = (\nJumlah capaian\nJumlah target\nx Bobot) − n")
    assert formula.evaluate({**data, "n": 1}).exact == Fraction(30, 4) - 1


def test_a_legend_said_with_equals_names_the_intermediates_too() -> None:
    # the legend writes "X1 = …" as the definition does, its names hold hyphens and slashes
    text = (
        "UAPA = X1 + X2\nX1 = (100 − n) x Bobot, X2 = (\nNX2\nTk\nx Bobot) − n\nKeterangan:\n"
        "UAPA = Nilai Kualitas Pelaporan Keuangan\nX1 = Nilai Realisasi atas jumlah temuan\n"
        "X2 = Nilai Realisasi atas Rata-rata nilai kualitas pelaporan keuangan Kab/Kota\n"
        "NX2 = Jumlah nilai total atas Realisasi\nTk = Jumlah Satker\nn = Nilai Pengurang"
    )
    formula = parse(text)
    assert formula.label == "Nilai Kualitas Pelaporan Keuangan"
    assert set(formula.variables) == {
        "Nilai Pengurang",
        "Bobot",
        "Jumlah nilai total atas Realisasi",
        "Jumlah Satker",
    }


def test_definitions_over_symbols_divided_by_a_slash() -> None:
    text = (
        "P = A / B\nA = JT/JS\nB = JK/JL\nJT = Jumlah desa tertib\nJS = Jumlah desa\n"
        "JK = Jumlah kelurahan tertib\nJL = Jumlah kelurahan"
    )
    assert expression_text(parse(text).expr) == (
        "Jumlah desa tertib / Jumlah desa / (Jumlah kelurahan tertib / Jumlah kelurahan)"
    )


def test_a_definition_with_a_sum_whose_limits_stand_on_lines_of_their_own() -> None:
    text = (
        "IKS = (K1 + K2) / 2\nK1 =\n∑ Ri × Pi\n5\ni=1\n5 x ∑ Pi\n5\ni=1\nx 100%\n"
        "K2 = JT / JS x 100%\nRi : rating unsur i\nPi : jumlah pernyataan rating i\n"
        "JT : Jumlah layanan tepat waktu\nJS : Jumlah layanan"
    )
    formula = parse(text)
    data = {
        "rating unsur i": [5, 3],
        "jumlah pernyataan rating i": [1, 1],
        "Jumlah layanan tepat waktu": 1,
        "Jumlah layanan": 2,
    }
    assert formula.evaluate(data).exact == (Fraction(8, 10) * 100 + 50) / 2
    assert parse(str(formula)) == formula


def test_a_sum_over_a_defined_symbol_sums_its_definition() -> None:
    text = (
        "IKU = ∑ Ni / n\nNi = Ri / Ti x 100%\nRi : realisasi indikator i\n"
        "Ti : target indikator i\nn : jumlah indikator"
    )
    formula = parse(text)
    data = {"realisasi indikator i": [1, 3], "target indikator i": [2, 4], "jumlah indikator": 2}
    assert formula.evaluate(data).exact == (50 + 75) / Fraction(2)


def test_the_definitions_first_then_the_indicators_formula() -> None:
    text = "N1 = JT / JS x 100%\nN2 = RP / RT x 100%\nmaka IKM = (N1 + N2) / 2\n" + LEGEND.replace(
        "JP :", "JT :"
    ).replace("JT : Jumlah pengaduan\n", "JS : Jumlah pengaduan\n")
    assert expression_text(parse(text).expr) == MEAN_OF_TWO


def test_a_left_side_inside_a_name_is_no_equation() -> None:
    # "Nilai penimbang = 1 / 9": "penimbang" is a word of the name, no symbol defined
    text = "IKM = Total nilai persepsi / Total unsur x Nilai penimbang\nNilai penimbang = 1 / 9"
    try:
        formula = parse(text)
    except ValueError:
        return
    assert not any(guess.reason == SUBSTITUTED for guess in formula.guesses)
