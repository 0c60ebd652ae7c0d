"""Cells of several equations whose line breaks were lost (``ikicalc/lang/definitions.py``,
``joined.bar_lost_between``): each equation's fraction lost its bar with them. Two symbols
the cell names side by side are the first over the second (``N1 = JT JS x 100%``); a sum of
symbols and a number alone after it is the sum over the number (``ASK = N1 + N2 2``); a
quantity the legend does not name after the pair multiplies the ratio (``( NX2 Tk x Bobot)``).
Each family: the real dev cell joined as web pages give it (its id quoted), and cells written
the same way with other symbols, names and lengths. Every such reading is a guess (W110)."""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc
from ikicalc.lang import ast


def _value(text: str, **values: int) -> Fraction:
    formula = ikicalc.parse(text)
    names = {v.name for v in ast.walk(formula.expr) if isinstance(v, ast.Variable)}
    assert names == set(values), names
    return formula.evaluate(values).exact


KEJAKSAAN_05 = (  # kejaksaan-kepja-1184-2025-iku-github#05, its line breaks lost
    "Perhitungan nilai Persentase aparatur yang memiliki sertifikasi kompetensi sesuai jabatan"
    " sebagai berikut. ASK = N1 + N2 2 N1 = JT JS x 100% N2 = ASN−T J−ASN x 100% ASK :"
    " Persentase aparatur yang memiliki sertifikasi kompetensi sesuai jabatan JT : Jumlah Jaksa"
    " yang memiliki sertifikat kompetensi JS : Jumlah total Jaksa Kejaksaan RI ASN-T : Jumlah"
    " ASN yang memiliki sertifikat kompetensi sesuai jabatan J-ASN : Jumlah total ASN"
    " Kejaksaan RI (tidak termasuk Jaksa)"
)


def test_the_real_system_joined_reads_as_written() -> None:
    names = {
        "Jumlah Jaksa yang memiliki sertifikat kompetensi": 3,
        "Jumlah total Jaksa Kejaksaan RI": 4,
        "Jumlah ASN yang memiliki sertifikat kompetensi sesuai jabatan": 1,
        "Jumlah total ASN Kejaksaan RI (tidak termasuk Jaksa)": 2,
    }
    formula = ikicalc.parse(KEJAKSAAN_05)
    assert formula.variables == tuple(names)
    assert formula.evaluate(names).exact == Fraction(125, 2)  # (75 + 50) / 2
    chosen = [guess.chosen for guess in formula.guesses]
    assert "JT / JS" in chosen
    assert "ASN-T / J-ASN" in chosen


@pytest.mark.parametrize(
    ("text", "values", "expected"),
    [
        (  # the same way, other symbols: a mean of two ratios
            "IKD = P1 + P2 2 P1 = DL DT x 100% P2 = KB KT x 100% IKD : Indeks kinerja desa"
            " DL : Jumlah desa yang lulus verifikasi DT : Jumlah desa seluruhnya KB : Jumlah"
            " kelurahan berprestasi KT : Jumlah kelurahan seluruhnya",
            {
                "Jumlah desa yang lulus verifikasi": 1,
                "Jumlah desa seluruhnya": 4,
                "Jumlah kelurahan berprestasi": 3,
                "Jumlah kelurahan seluruhnya": 4,
            },
            Fraction(50),
        ),
        (  # three parts over three
            "NK = A1 + A2 + A3 3 A1 = RA TA x 100% A2 = RB TB x 100% A3 = RC TC x 100% RA :"
            " Realisasi anggaran RB : Realisasi fisik RC : Realisasi kegiatan TA : Target"
            " anggaran TB : Target fisik TC : Target kegiatan",
            {
                "Realisasi anggaran": 1,
                "Target anggaran": 2,
                "Realisasi fisik": 1,
                "Target fisik": 4,
                "Realisasi kegiatan": 1,
                "Target kegiatan": 4,
            },
            Fraction(100, 3),
        ),
    ],
)
def test_systems_joined_written_the_same_way(
    text: str, values: dict[str, int], expected: Fraction
) -> None:
    formula = ikicalc.parse(text)
    assert set(formula.variables) == set(values)
    assert formula.evaluate(values).exact == expected
    assert formula.guesses


def test_a_quantity_the_legend_does_not_name_multiplies_the_ratio() -> None:
    # kejaksaan-kepja-1184-2025-iku-github#12, its line breaks lost
    text = (
        "UAPA = X1 + X2 X1 = (100 − n) x Bobot, X2 = ( NX2 Tk x Bobot) − n UAPA : Nilai"
        " Kualitas Pelaporan Keuangan X1 : Nilai Realisasi atas jumlah temuan X2 : Nilai"
        " Realisasi atas Rata-rata nilai kualitas NX2 : Jumlah nilai total atas Realisasi pada"
        " komponen 2 Tk : Jumlah Satker Eselon I n : Nilai Pengurang"
    )
    formula = ikicalc.parse(text)
    values = {
        "Nilai Pengurang": 10,
        "Bobot": Fraction(1, 2),
        "Jumlah nilai total atas Realisasi pada komponen 2": 300,
        "Jumlah Satker Eselon I": 3,
    }
    assert set(formula.variables) == set(values)
    assert formula.evaluate(values).exact == Fraction(85)  # 90/2 + (100/2 - 10)


def test_a_name_and_a_year_are_no_fraction() -> None:
    # words, not symbols the cell names: "Target 2" is no stack
    formula = ikicalc.parse("IKU = Realisasi + Target 2 IKU : Indeks kinerja utama")
    assert not any("/ 2" in guess.chosen for guess in formula.guesses)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # jatim-dishub-iku-2014-2019-github#08, its line breaks lost
            "waktu tempuh rill AKDP 𝑓(𝑥) = 𝑥 100% waktu tempuh sesuai KPS waktu tempuh rill AKDP"
            " waktu tempuh rata – rata angkutan umum antar kota dalam provinsi pada kondisi rill"
            " waktu tempuh sesuai KPS waktu tempuh angkutan umum antar kota dalam provinsi yang"
            " ditetapkan pada Kartu Pengawasan untuk kendali pelayanan angkutan",
            (
                "waktu tempuh rata – rata angkutan umum antar kota dalam provinsi pada kondisi"
                " rill",
                "waktu tempuh angkutan umum antar kota dalam provinsi yang ditetapkan pada Kartu"
                " Pengawasan untuk kendali pelayanan angkutan",
            ),
        ),
        (  # jatim-dishub-iku-2014-2019-github#03: sums, an introducer and the label's entry
            "Σ penguji tersedia 𝑓(𝑥) = 𝑥 100% Σ 𝑝𝑒𝑛𝑔𝑢𝑗𝑖 𝑦𝑎𝑛𝑔 𝑑𝑖𝑏𝑢𝑡𝑢ℎ𝑘𝑎𝑛 Dengan : f(x) :"
            " Persentase pemenuhan SDM Penguji Kendaraan Bermotor dibandingkan kebutuhan. Σ"
            " penguji tersedia Jumlah seluruh penguji yang ada pada tahun evaluasi Σ 𝑝𝑒𝑛𝑔𝑢𝑗𝑖"
            " 𝑦𝑎𝑛𝑔 𝑑𝑖𝑏𝑢𝑡𝑢ℎ𝑘𝑎𝑛 Jumlah penguji yang dibutuhkan selama tahun renstra",
            (
                "Jumlah seluruh penguji yang ada pada tahun evaluasi",
                "Jumlah penguji yang dibutuhkan selama tahun renstra",
            ),
        ),
        (  # the same way, other names and a label in words
            "jumlah desa mandiri Persentase = x 100% jumlah desa seluruhnya jumlah desa mandiri"
            " desa yang berstatus mandiri menurut IDM tahun berjalan jumlah desa seluruhnya"
            " seluruh desa di wilayah kabupaten",
            (
                "desa yang berstatus mandiri menurut IDM tahun berjalan",
                "seluruh desa di wilayah kabupaten",
            ),
        ),
    ],
)
def test_a_joined_stack_whose_legend_writes_each_term_again(
    text: str, expected: tuple[str, ...]
) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == expected
    assert formula.evaluate(dict(zip(expected, (3, 4), strict=True))).exact == 75
    assert formula.guesses


@pytest.mark.parametrize(
    ("text", "expected", "structure"),
    [
        (  # jabar-dkp-renstra-review-2017-2018-github#01, its line breaks lost
            "Formulasi (X -X ) A = (n) (n-1) x 100% X (n-1) Keterangan : A = Prosentase"
            " Peningkatan Produksi Perikanan X = Jumlah produksi perikanan Jawa (n) Barat pada"
            " tahun ke n X = Jumlah produksi perikanan Jawa (n-1) Barat pada tahun ke n-1 Jumlah"
            " produksi perikanan Jawa Barat merupakan resultante dari Jumlah Produksi"
            " Kabupaten/Kota se- Jawa Barat",
            (
                "Jumlah produksi perikanan Jawa Barat pada tahun ke n",
                "Jumlah produksi perikanan Jawa Barat pada tahun ke n-1",
            ),
            Fraction(25),  # (5 - 4) / 4
        ),
        (  # jabar-dkp-renstra-review-2017-2018-github#02: one symbol over another
            "Formulasi Y A = (n) x 100% X (n) Keterangan : A = Kontribusi pemenuhan benih ikan"
            " X = Jumlah Kebutuhan Benih Nasional (n) tahun ke n Y = Jumlah Produksi Benih Ikan"
            " di (n) Jawa Barat pada tahun ke n",
            (
                "Jumlah Produksi Benih Ikan di Jawa Barat pada tahun ke n",
                "Jumlah Kebutuhan Benih Nasional tahun ke n",
            ),
            Fraction(125),  # 5 / 4
        ),
        (  # the same way, other symbols and a time t
            "(P -P ) G = (t) (t-1) x 100% P (t-1) Keterangan : G = Pertumbuhan PAD P = Pendapatan"
            " asli daerah (t) pada tahun ke t P = Pendapatan asli daerah (t-1) pada tahun ke t-1",
            ("Pendapatan asli daerah pada tahun ke t", "Pendapatan asli daerah pada tahun ke t-1"),
            Fraction(25),
        ),
    ],
)
def test_subscripts_on_lines_of_their_own_then_joined(
    text: str, expected: tuple[str, ...], structure: Fraction
) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == expected
    assert formula.evaluate(dict(zip(expected, (5, 4), strict=True))).exact == structure
    assert formula.guesses


@pytest.mark.parametrize(
    ("text", "names", "values", "expected"),
    [
        (  # kulonprogo-perbup-14-2006-bantuan-keuangan-desa-github#01, its line breaks lost
            "40%         x JDBD DBDi    =                                      +   BDi x 60% x"
            " JDBD Jumlah Desa",
            ("JDBD", "Jumlah Desa", "BDi"),
            (100, 4, 2),
            Fraction(130),  # 40 / 4 + 2 × 60
        ),
        (  # kulonprogo-perbup-14-2006-bantuan-keuangan-desa-github#03: a bar, a note after
            "(40% x Bunga DCPD tahap II) DPDi =   ------------------------------------ + (Bdi x"
            " 60% x Bunga DCPD tahap II ) Jumlah Desa Keterangan : Bobot Desa tertentu dihitung"
            " berdasarkan penjumlahan dari indeks luas wilayah seluruh desa",
            ("Bunga DCPD tahap II", "Jumlah Desa", "Bdi"),
            (100, 4, 2),
            Fraction(130),
        ),
        (  # the same way, other names
            "30% x PAD AK = - DP x 10% x PAD Total Kecamatan",
            ("PAD", "Total Kecamatan", "DP"),
            (100, 3, 5),
            Fraction(-40),  # 30 / 3 - 5 × 10
        ),
    ],
)
def test_a_fraction_the_first_term_of_its_middle_line_joined(
    text: str, names: tuple[str, ...], values: tuple[int, ...], expected: Fraction
) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == names
    assert formula.evaluate(dict(zip(names, values, strict=True))).exact == expected
    assert formula.guesses


def test_a_bar_before_the_scale_is_no_sign() -> None:
    # jabar-diskimrum-lkip-2016-github#04, its line breaks lost
    text = (
        "Jumlah rumah layak huni, dengan rumus: Jumlah rumah layak huni ="
        " ----------------------------------- x100% Jumlah seluruh rumah"
    )
    assert ikicalc.parse(text).variables == ("Jumlah rumah layak huni", "Jumlah seluruh rumah")
