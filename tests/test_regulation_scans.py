"""Regulations as scans and old print give them, read from batch 30's development cells
(session 27): a scan's carets before words, percent signs read as letters, an allowance on top
of the pay, a division word that shares out, shares of bases listed."""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc


@pytest.mark.parametrize(
    ("text", "base", "rate"),
    [
        (  # PP 24/2016 (PPAT): carets of the scan before words; '17o' is 1% (the sign as '7o')
            "(1) Uang jasa (honorarium) PPAT dan PPAT Sementara, termasuk uang ^jasa "
            "(honorarium) saksi tidak boleh melebihi 17o (satu persen) dari harga transaksi "
            "^yang tercantum di dalam akta.",
            "harga transaksi yang tercantum di dalam akta",
            Fraction(1, 100),
        ),
        (  # PP 29/2021 (perdagangan): a caret before a number too; '6Ooh' is 60%
            "Pasal 49 Jumlah Komisi dan/atau Bonus yang diberikan kepada Penjual Langsung "
            "sebagaimana dimaksud dalam Pasal ^48 huruf e paling banyak 6Ooh (enam puluh ^persen) "
            "dari omzet perusahaan.",
            "omzet perusahaan",
            Fraction(60, 100),
        ),
        (  # PP 34/2017 (PPh persewaan): '10olo' is 10%
            "(1) Besarnya Pajak Penghasilan sebagaimana dimaksud dalam Pasal 2 ayat (1) sebesar "
            "10olo (sepuluh persen) dari jumlah bruto nilai persewaan tanah dan/atau Bangunan.",
            "jumlah bruto nilai persewaan tanah dan/atau Bangunan",
            Fraction(10, 100),
        ),
    ],
)
def test_a_scans_marks_are_read_back(text: str, base: str, rate: Fraction) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == (base,)
    assert formula.evaluate({base: 200}).exact == rate * 200
    assert "W110" in {d.code for d in ikicalc.lint(text)}


def test_a_power_is_still_refused() -> None:
    # no word after the caret: a power, which IKI formulas do not write
    with pytest.raises(ikicalc.FormulaSyntaxError):
        ikicalc.parse("(1 + r) ^n x A")


@pytest.mark.parametrize(
    ("text", "pay", "times"),
    [
        (  # PP 12/1974: the allowance is on top of the pay the rules already give
            "(1) Kepada guru, petugas paramedis, peneliti, hakim dan panitera yang dimaksud dalam "
            "Pasal 1 Peraturan Pemerintah ini diberikan tunjangan kerja khusus sebesar 200% (dua "
            "ratus perseratus) dari gaji pokok sebulan diatas pendapatan yang berhak diterimanya "
            "berdasarkan peraturan perundang-undangan tentang gaji yang berlaku umum bagi Pegawai "
            "Negeri.",
            "gaji pokok sebulan",
            2,
        ),
        (  # PP 7/1976: a multiple said in words, the same clause after it
            "Kepada Pegawai Negeri Golongan I diberikan tambahan penghasilan sebesar satu kali gaji "
            "pokok sebulan diatas penghasilan yang berhak diterimanya berdasarkan Peraturan "
            "Pemerintah Nomor 41 Tahun 1974, dengan ketentuan bahwa tambahan penghasilan tersebut "
            "dibulatkan keatas sehingga menjadi ratusan.",
            "gaji pokok sebulan",
            1,
        ),
    ],
)
def test_an_allowance_on_top_of_the_pay(text: str, pay: str, times: int) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == (pay,)
    assert formula.evaluate({pay: 300}).exact == 300 * times


def test_a_division_word_that_shares_out_is_no_division() -> None:
    # UU 8/1971 (Pertamina): "sebelum dibagi antara Perusahaan dan Kontraktor" names the base
    text = (
        "b. enam puluh persen dari penerimaan bersih usaha (net operating income) atas hasil "
        "Kontrak Production Sharing sebelum dibagi antara Perusahaan dan Kontraktor;"
    )
    assert len(ikicalc.parse(text).variables) == 1
    # PP 2/1970: "dibagi atas dasar perhitungan," is the sentence's; the formula follows it
    text = (
        "(2) Jumlah anggota tambahan Utusan Golongan Politik dan Golongan Karya sebagai dimaksud "
        "pasal 2 ayat (1) huruf b Peraturan Pemerintah ini, menurut ketentuan ayat (1) pasal ini "
        "dibagi atas dasar perhitungan, jumlah hasil Pemilihan Umum yang diperoleh organisasi "
        "bersangkutan dibagi jumlah hasil Pemilihan Umum keseluruhan organisasi yang ikut "
        "pemilihan dikalikan jumlah tambahan yang tersedia."
    )
    assert ikicalc.parse(text).variables == (
        "jumlah hasil Pemilihan Umum yang diperoleh organisasi bersangkutan",
        "jumlah hasil Pemilihan Umum keseluruhan organisasi yang ikut pemilihan",
        "jumlah tambahan yang tersedia",
    )


@pytest.mark.parametrize(
    ("text", "values", "want"),
    [
        (  # PP 14/1959: two shares of two bases, joined by "dan" (a comma before "dari")
            "(2) Kepada Daerah tingkat I Jakarta Raya diserahkan 10% (sepuluh persen) dari pajak "
            "kekayaan dan 0,25% (dua puluh lima per seratus persen), dari pajak perseroan dalam "
            "wilayah mana pajak-pajak tersebut dipungut.",
            {
                "pajak kekayaan": 100,
                "pajak perseroan dalam wilayah mana pajak-pajak tersebut dipungut": 400,
            },
            11,
        ),
        (
            "Bagian daerah sebesar 20% dari pajak bumi, 30% dari pajak air dan 50% dari retribusi.",
            {"pajak bumi": 10, "pajak air": 10, "retribusi": 10},
            10,
        ),
    ],
)
def test_shares_of_bases_listed_are_a_sum(text: str, values: dict[str, int], want: int) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == tuple(values)
    assert formula.evaluate(values).exact == want


def test_a_share_of_a_difference_stays_one_share() -> None:
    formula = ikicalc.parse("denda sebesar 15% dari A dikurangi B")
    assert formula.evaluate({"A": 100, "B": 20}).exact == 12


def test_a_worked_example_after_a_difference_and_a_label_named_again() -> None:
    # PMK 12/2025 (PPN/PPnBM DTP), Lampiran: the formula, then the figures put through it on
    # lines of '= Rp…'; the label before the colon names the operands after it
    text = (
        "e. PPnBM : (PPnBM Terutang - PPnBM DTP) \n= Rp18.000.000,00 – Rp9.000.000,00 \n"
        " = Rp9.000.000,00 "
    )
    formula = ikicalc.parse(text)
    assert formula.label == "PPnBM"
    assert formula.variables == ("PPnBM Terutang", "PPnBM DTP")
    assert formula.evaluate({"PPnBM Terutang": 18, "PPnBM DTP": 9}).exact == 9
    # a quantity divided by a bracket that does not name it again stays a division
    other = ikicalc.parse("Kualitas : (Realisasi - Target)")
    assert other.variables == ("Kualitas", "Realisasi", "Target")
