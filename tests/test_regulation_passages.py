"""Regulation passages as PDF text and long legal sentences give them (session 23, from the
development half of batch 26): the sentence that introduces a formula wrapped over lines, a
numbered list under a legend's last entry, and the words that say an amount is made of what
follows. Session 22's code misread each (the guard excepted)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.readings import read_back


def _value(text: str, values: tuple[int, ...]) -> Fraction:
    formula = read_back(text)
    return Fraction(formula.evaluate(dict(zip(formula.variables, values, strict=True))).exact)


def test_an_intro_sentence_wrapped_over_lines_above_the_equation() -> None:
    """Perbup Kulon Progo 57/2015: the ayat's sentence over three lines, then the symbol's
    equation and its legend."""
    text = (
        "(2) Cara perhitungan besaran          sewa tanah\n"
        "sebagaimana dimaksud pada ayat (1) diatur\n"
        "dengan rumus sebagai berikut :\n"
        "St = (3,33 % x Lt x Nt)\n"
        "Keterangan:\n"
        "St         =     Sewa Tanah\n"
        "Lt         =     Luas Tanah\n"
        "Nt         =     Nilai Tanah"
    )
    assert read_back(text).variables == ("Luas Tanah", "Nilai Tanah")
    assert _value(text, (100, 1000)) == Fraction(333, 100) * 1000


def test_a_numbered_list_under_the_last_entry_is_a_note() -> None:
    """The rates of depreciation listed under 'Nsb = Nilai Sisa Bangunan' (Perbup Kulon Progo
    57/2015) say how that value is found; they end the entry, no entry of their own."""
    text = (
        "Sb = (6,64 % x Lb x Hs x Nsb)\n"
        "Keterangan :\n"
        "Sb    =    Sewa bangunan\n"
        "Lb    =    Luas lantai bangunan\n"
        "Hs    =    Harga satuan bangunan standar\n"
        "dalam keadaan baru\n"
        "Nsb   =    Nilai Sisa Bangunan\n"
        "1.   Penyusutan      untuk     bangunan\n"
        "permanen = 2 % per tahun;\n"
        "2.   Penyusutan untuk bangunan semi\n"
        "permanen = 4 % per tahun;"
    )
    assert read_back(text).variables == (
        "Luas lantai bangunan",
        "Harga satuan bangunan standar dalam keadaan baru",
        "Nilai Sisa Bangunan",
    )


@pytest.mark.parametrize(
    ("text", "variables", "values", "value"),
    [
        (  # UU 1/2009: what the tariff is made of
            "Tarif jarak terdiri dari biaya pokok rata-rata ditambah dengan keuntungan wajar.",
            ("biaya pokok rata-rata", "keuntungan wajar"),
            (10, 3),
            Fraction(13),
        ),
        (  # Perda Kulon Progo 7/1997: "diperhitungkan menurut"
            "Untuk kelebihan jarak berikutnya\ndiperhitungkan menurut sisa jarak pergi pulang "
            "dibagi dua, dikalikan harga per\nliter bahan bakar.",
            ("sisa jarak pergi pulang", "harga per liter bahan bakar"),
            (10, 3),
            Fraction(15),
        ),
        (  # Perda Kulon Progo 19/2003: "dengan perhitungan" after the condition
            "(2) Anggota Direksi yang diberhentikan dengan hormat sebelum masa\njabatannya "
            "berakhir mendapat uang jasa pengabdian dengan syarat\ntelah menjalankan tugas "
            "selama paling sedikit 1 (satu) tahun dengan\nperhitungan lama bertugas dibagi "
            "dengan masa jabatan dikali 5 %\n(lima per seratus) dari laba sebelum dipotong "
            "pajak setelah diaudit\ndari Tahun Buku sebelum tugasnya berakhir.",
            (
                "lama bertugas",
                "masa jabatan",
                "laba sebelum dipotong pajak setelah diaudit dari Tahun Buku sebelum tugasnya "
                "berakhir",
            ),
            (2, 4, 1000),
            Fraction(25),
        ),
    ],
)
def test_words_that_say_what_an_amount_is_made_of(
    text: str, variables: tuple[str, ...], values: tuple[int, ...], value: Fraction
) -> None:
    assert read_back(text).variables == variables
    assert _value(text, values) == value


def test_terdiri_dari_inside_a_bracket_stays_in_the_name() -> None:
    """'(terdiri dari air, sanitasi dan higenis …)' qualifies the facilities of a name (the
    SDG indicator of Bandar Lampung): no cue of the formula."""
    text = (
        "Jumlah sekolah yang menyediakan fasilitas cuci tangan (terdiri dari air, sanitasi dan "
        "higenis bagi semua ) / WASH per total sekolah tingkat SMP dan SMA/SMK/setara"
    )
    assert read_back(text).variables[0].startswith("Jumlah sekolah yang menyediakan")
