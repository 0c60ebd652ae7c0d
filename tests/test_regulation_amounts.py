"""Regulation sentences from the development half of batch 26 (session 24): where the amount
opens and ends in a long sentence, a deduction of two amounts said with ``dan``, a multiple of
a mean. Session 23's code misread each."""

from __future__ import annotations

from fractions import Fraction

import ikicalc
from tests.readings import read_back, value_of


def test_two_deductions_whose_names_meet_on_the_same_word() -> None:
    """PP 28/1996 Pasal 24 (3): '… dikurangi jumlah cadangan dan cadangan katastrofa' deducts
    both; the minus written for 'dan' must not glue 'cadangan - cadangan' into one word (a
    reduplication, as 'hari-hari' is)."""
    text = (
        "(3) Dalam hal Badan Penyelenggara membentuk cadangan katastrofa, penetapan tingkat "
        "solvabilitas adalah kekayaan Badan Penyelenggara dikurangi jumlah cadangan dan "
        "cadangan katastrofa."
    )
    formula = read_back(text)
    assert formula.variables == (
        "kekayaan Badan Penyelenggara", "jumlah cadangan", "cadangan katastrofa"
    )  # fmt: skip
    assert value_of(text)[1] == 7 - 5 - 3


def test_an_articles_heading_joined_to_its_first_ayat() -> None:
    """PP 43/2018 Pasal 17 (1): 'Pasal 17 (1) Dalam hal …, besaran premi diberikan sebesar
    2o/oo (dua permil) dari …': the heading and the ayat's number open the passage."""
    text = (
        "Pasal 17 (1) Dalam hal hasil penilaian sebagaimana dimaksud dalam Pasal 15 disepakati "
        "untuk memberikan penghargaan berupa premi, besaran premi diberikan sebesar 2o/oo (dua "
        "permil) dari jumlah kerugian keuangan negara yang dapat dikembalikan kepada negara."
    )
    names, value = value_of(text)
    assert names == ["jumlah kerugian keuangan negara yang dapat dikembalikan kepada negara"]
    assert value == Fraction(14, 1000)


def test_the_result_estimated_in_rupiah_after_the_share() -> None:
    """UU 12/2016 Pasal 11: '… sebesar 27,7o/o (…) dari Pendapatan Dalam Negeri (PDN) neto atau
    diperkirakan sebesar Rp385.360.847.100.000,00 (…)': the estimate is the result's, set
    aside; the alias and 'neto' stay the share's operand."""
    text = (
        "DAU sebagaimana dimaksud pada ayat (1) huruf b dialokasikan sebesar 27,7o/o (dua "
        "puluh tujuh koma tujuh persen) dari Pendapatan Dalam Negeri (PDN) neto atau "
        "diperkirakan sebesar Rp385.360.847.100.000,00 (tiga ratus delapan puluh lima triliun "
        "tiga ratus enam puluh miliar delapan ratus empat puluh tujuh juta seratus ribu rupiah)."
    )
    names, value = value_of(text)
    assert names == ["Pendapatan Dalam Negeri (PDN) neto"]
    assert value == Fraction(277, 1000) * 7


def test_a_multiple_of_a_mean_said_with_nilai() -> None:
    """PP 13/2017 Pasal 56 (6): '130 (seratus tiga puluh) kali nilai rata-rata perbedaan air
    pasang …' is 130 times the mean, as '10 kali rata-rata jumlah penduduk' is."""
    text = (
        "(6) Kawasan ekosistem mangrove ditetapkan dengan kriteria koridor di sepanjang pantai "
        "dengan lebar paling sedikit 130 (seratus tiga puluh) kali nilai rata-rata perbedaan "
        "air pasang tertinggi dan terendah tahunan, diukur dari garis air surut terendah ke "
        "arah darat."
    )
    formula = ikicalc.parse(text)
    assert formula.variables == ("perbedaan air pasang tertinggi dan terendah tahunan",)
    assert "rata-rata" in str(formula)
    # a mean at the cell's start stays a name's word ('nilai rata-rata kepuasan / 4')
    alone = ikicalc.parse("nilai rata-rata kepuasan / 4")
    assert alone.variables == ("nilai rata-rata kepuasan",)


def test_a_multiple_of_a_pay_after_the_amount_it_names() -> None:
    """UU 12/1959 Pasal 6 (2): '… di samping tunjangan kematian 11/2 (satu setengah) kali gaji
    bulanan': the benefit named, then its value, with no copula; the '1½' the scanner
    flattened read back from its words."""
    text = (
        "(2) Apabila Perdana Menteri, Wakil Perdana Menteri, Menteri atau Menteri-Muda "
        "meninggal dunia, maka kepada akhli-warisnya dibayarkan penghasilan bersih untuk bulan "
        "dalam mana ia itu meninggal dunia, di samping tunjangan kematian 11/2 (satu setengah) "
        "kali gaji bulanan."
    )
    names, value = value_of(text)
    assert names == ["gaji bulanan"]
    assert value == Fraction(21, 2)
    assert value_of("uang duka 3 kali gaji pokok")[0] == ["gaji pokok"]
    assert value_of("uang pesangon 9 (sembilan) bulan upah") == (["upah"], 63)


def test_a_count_of_visits_stays_in_its_name() -> None:
    """'4 kali kunjungan' counts visits, no pay: the words are one name."""
    text = "Jumlah ibu hamil yang mendapat 4 kali kunjungan"
    assert value_of(text)[0] == [text]
