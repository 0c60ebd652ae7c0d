"""Families of real dev cells (tests/data/public-cells.jsonl, batch 3) the reader learnt to read,
each pinned on the real cell as written (source: the regulation named in the test)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from ikicalc.errors import FormulaSyntaxError
from ikicalc.lang import ast
from ikicalc.lang.parser import parse


def _names(text: str) -> list[str]:
    return sorted({v.name for v in ast.walk(parse(text).expr) if isinstance(v, ast.Variable)})


# --- a rate after the words that describe it, said again in words (PP 18/2025, PP 19/2006)
@pytest.mark.parametrize(
    ("text", "names", "rate"),
    [
        (  # PP 18/2025 PNBP batubara
            "(tarif 18% (delapan\nbelas persen) dikalikan harga jual)\ndikurangi tarif iuran "
            "produksi atau\nroyalti dikurangi tarif pemanfaatan\nbarang milik negara eks PKP2B "
            "dari\nhasil produksi per ton;",
            [
                "harga jual",
                "tarif iuran produksi atau royalti",
                "tarif pemanfaatan barang milik negara eks PKP2B dari hasil produksi per ton",
            ],
            "18%",
        ),
        (  # PP 19/2006 PNBP perikanan
            "Bagi perusahaan perikanan yang memenuhi kriteria perusahaan perikanan skala kecil "
            "sebesar 1% (satu perseratus) dikalikan produktivitas kapal dikalikan Harga Patokan "
            "Ikan.",
            ["Harga Patokan Ikan", "produktivitas kapal"],
            "1%",
        ),
        (  # PP 19/2006: a bracket with markdown underscores in the words before the rate
            "Bagi perusahaan perikanan yang melakukan pembudidayaan ikan dengan menggunakan benih "
            "dari panti pembenihan ( _hatchery_ ), sebesar 0,5% (setengah perseratus) dikalikan "
            "harga jual seluruh ikan hasil pembudidayaan di lokasi pembudidayaan.",
            ["harga jual seluruh ikan hasil pembudidayaan di lokasi pembudidayaan"],
            "0,5%",
        ),
    ],
)
def test_a_rate_after_the_words_that_describe_it(text: str, names: list[str], rate: str) -> None:
    formula = parse(text)
    assert _names(text) == sorted(names)
    assert str(formula).startswith(rate) or str(formula).startswith("(" + rate)
    assert not formula.guesses


def test_an_operand_before_a_rate_is_kept() -> None:
    # words joined to the rate by an operation are an operand, not a description
    formula = parse("T = BP + (10% x BP)")
    assert _names("T = BP + (10% x BP)") == ["BP"]
    assert formula.label == "T"


def test_ocr_percent_signs() -> None:
    # PP 18/2025 as scanned: '22o/o' is 22 %; '157o (lima belas persen)' is 15 %, a guess
    scanned = (
        "(tarif\n22o/o (dta puluh dua persen) dikalikan\nharga jual) dikurangi tarif iuran\n"
        "produksi atau royalti dikurangi tarif\npemanfaatan barang milik negara eks\nPKP2B "
        "dari hasil produksi per ton;"
    )
    assert str(parse(scanned)).startswith("22% ×")
    assert not parse(scanned).guesses
    seven = (
        "(tarif 157o (lima belas persen) dikalikan\nharga jual) dikurangi tarif iuran\nproduksi "
        "atau royalti dikurangi tarif\npemanfaatan barang milik negara eks\nPKP2B dari hasil "
        "produksi per ton;"
    )
    formula = parse(seven)
    assert str(formula).startswith("15% ×")
    assert [(g.chosen, g.other) for g in formula.guesses] == [("15%", "157o")]
    values = {name: Fraction(100) for name in _names(seven)}
    assert formula.evaluate(values).exact == Fraction(15) - 200


def test_seven_o_without_words_that_agree_is_not_read() -> None:
    # the words say another number: no percent sign is invented
    with pytest.raises(FormulaSyntaxError):
        parse("tarif 157o (dua puluh persen) dikalikan harga jual")


def test_atau_inside_a_name_is_not_a_second_way() -> None:
    text = "A dikurangi tarif iuran produksi atau royalti dikurangi B"
    assert _names(text) == ["A", "B", "tarif iuran produksi atau royalti"]
    # a second way of writing the formula is still set aside
    assert _names("A / B x 100% atau C / D x 100%") == ["A", "B"]


# --- a fraction drawn with dashes, numerator before the name, denominator after the end
# (PP 128/2015 PNBP BPN, Lampiran, as extracted from the PDF)
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("L Tu = ( ------ x HSBKu ) + Rp100.000,00 500", Fraction(1000, 500) * 3 + 100000),
        ("L Tu = ( -------- x HSBKu ) + Rp14.000.000,00 4.000", Fraction(1000, 4000) * 3 + 14000000),
        ("L Tpam = 1/5 x (------ x HSBKpa) + Rp350.000,00 500", Fraction(1, 5) * 2 * 3 + 350000),
    ],
)
def test_a_dashed_fraction_whose_pieces_left_its_line(text: str, value: Fraction) -> None:
    formula = parse(text)
    rate = next(name for name in _names(text) if name.startswith("HSBK"))
    assert _names(text) == sorted(["L", rate])
    assert formula.evaluate({"L": Fraction(1000), rate: Fraction(3)}).exact == value
    assert formula.label in {"Tu", "Tpam"}
    # the place of the pieces is a guess, recorded (lint W110)
    assert len(formula.guesses) == 1
    assert "dashes" in formula.guesses[0].reason
    assert parse(str(formula)) == formula


def test_an_amount_in_rupiah_is_a_constant() -> None:
    assert parse("T = A + Rp100.000,00").evaluate({"A": Fraction(1)}).exact == 100001
    # a name that holds Rp with no operator before it stays a name
    assert _names("Pendapatan dalam Rp / Jumlah penduduk") == [
        "Jumlah penduduk",
        "Pendapatan dalam Rp",
    ]


def test_dashes_with_their_pieces_in_place_are_not_moved() -> None:
    # a one-line bar between its operands is the ordinary division, no guess
    formula = parse("A ------ B")
    assert _names("A ------ B") == ["A", "B"]
    assert all("dashes" not in g.reason for g in formula.guesses)


# --- Σ before the denominator's name, the bar lost (PP 55/2005 Penjelasan, Bobot Provinsi)
def test_a_sum_after_a_name_is_the_denominator() -> None:
    text = "Bobot Provinsi i = CF Provinsi i Σ CF Provinsi"
    formula = parse(text)
    assert formula.label == "Bobot Provinsi i"
    assert isinstance(formula.expr, ast.Binary)
    assert formula.expr.op is ast.Op.DIV
    assert isinstance(formula.expr.right, ast.Sigma)
    assert len(formula.guesses) == 1  # a guess, recorded
    assert parse(str(formula)) == formula


def test_a_sum_after_an_operator_is_left_alone() -> None:
    formula = parse("A / Σ B")
    assert not formula.guesses
    assert isinstance(formula.expr, ast.Binary)


# --- x as a symbol at the end, after a plus (PP 19/2006: "T = HD + x.")
def test_x_after_a_plus_at_the_end_is_a_symbol() -> None:
    formula = parse("T = HD + x.")
    assert _names("T = HD + x.") == ["HD", "x"]
    assert formula.label == "T"
    assert parse(str(formula)) == formula
    assert _names("A x B") == ["A", "B"]  # between two operands x still multiplies


# --- a colon glued to a name divides, inside brackets an operator follows (PP 19/2006)
def test_a_colon_in_brackets_divides() -> None:
    text = "T = (Harga Perolehan Barang: Umur Ekonomis) x 30%."
    formula = parse(text)
    assert _names(text) == ["Harga Perolehan Barang", "Umur Ekonomis"]
    values = {"Harga Perolehan Barang": Fraction(1000), "Umur Ekonomis": Fraction(10)}
    assert formula.evaluate(values).exact == 30
    assert parse(str(formula)) == formula


def test_a_title_colon_in_brackets_divides_nothing() -> None:
    with pytest.raises(FormulaSyntaxError):
        parse("(Catatan: jumlah desa) x 100")


def test_a_sum_opening_a_stacked_numerator_is_not_a_lost_bar() -> None:
    # a label column beside a stacked fraction: the Σ opens the numerator's line
    text = (
        "Persentase    Σ SP2D Void\nCapaian =     ------------------------------------- X 100 %\n"
        "Kinerja       Σ Rekap SP2D"
    )
    assert _names(text) == ["Rekap SP2D", "SP2D Void"]


# --- a preamble before a sum: '+' is evidence of the formula (PP 55/2005 Penjelasan Pasal 27)
def test_a_preamble_before_a_sum_with_its_legend() -> None:
    text = (
        "Alokasi DAU untuk daerah dihitung dengan menggunakan formula: DAU = CF + AD dimana, "
        "DAU = Dana Alokasi Umum CF = Celah Fiskal AD = Alokasi Dasar"
    )
    formula = parse(text)
    assert _names(text) == ["Alokasi Dasar", "Celah Fiskal"]
    assert formula.label == "Dana Alokasi Umum"


# --- one word after the scale of a ratio is its unit (Kriteria UKM Puskesmas, Permenkes)
def test_a_unit_after_the_scale_of_a_ratio() -> None:
    text = (
        "Persentase keluarga yang telah dikunjungi dan dilakukan intervensi lanjut (jumlah "
        "keluarga yang dilakukan intervensi lanjut dibagi jumlah seluruh keluarga yang "
        "direncanakan untuk dilakukan intervensi lanjut di wilayah kerja Puskesmas, dikali 100% "
        "Keluarga)"
    )
    formula = parse(text)
    assert len(_names(text)) == 2
    assert [g.other for g in formula.guesses] == ["Keluarga"]  # a guess, recorded
    assert parse(str(formula)) == formula
    # a symbol after the scale, or no ratio before it: the flattened fraction as before
    assert _names("A / B x 100% TPT") == ["A", "B", "TPT"]
    assert _names("A x 100% Keluarga") == ["A", "Keluarga"]


# --- 'setelah dikurangi' inside a name (PP 80/2015 PNBP Kominfo, BHP telekomunikasi)
def test_after_deducting_inside_a_name() -> None:
    text = (
        "0,25 % x keuntungan ber sih penyelenggaraan pas setelah dikurangi pajak untuk seluruh "
        "jenis layanan"
    )
    formula = parse(text)
    assert _names(text) == [
        "keuntungan ber sih penyelenggaraan pas setelah dikurangi pajak untuk seluruh jenis layanan"
    ]
    assert len(formula.guesses) == 1  # the subtraction it could be is recorded
    assert parse(str(formula)) == formula
    assert _names("A dikurangi B") == ["A", "B"]  # dikurangi alone still subtracts


# --- a share 'dari' (of) a quantity; a paragraph cited in a name; 'Undang -Undang' (PMK 11/2025)
def test_a_share_of_a_quantity_cited_by_its_regulation() -> None:
    text = (
        "Besaran tertentu sebagaimana dimaksud pada ayat (1) \nhuruf b diperoleh dari hasil "
        "perkalian 10% (sepuluh \npersen) dikali 11/12 (sebelas per dua belas) dari tarif \n"
        "Pajak Pertambahan Nilai sebagaimana diatur dalam \nPasal 7 ayat (1) huruf b Undang "
        "-Undang Pajak \nPertambaha n Nilai dikalikan dengan Harga Jual."
    )
    formula = parse(text)
    tarif = (
        "tarif Pajak Pertambahan Nilai sebagaimana diatur dalam Pasal 7 ayat (1) huruf b "
        "Undang -Undang Pajak Pertambaha n Nilai"
    )
    assert _names(text) == ["Harga Jual", tarif]
    values = {tarif: Fraction(12), "Harga Jual": Fraction(100)}
    assert formula.evaluate(values).exact == 110
    assert parse(str(formula)) == formula


def test_dari_in_a_name_is_kept() -> None:
    # 'dari' after a number that no product reaches belongs to the name
    assert _names("Jumlah desa dengan 80% dari target / Jumlah desa") == [
        "Jumlah desa",
        "Jumlah desa dengan 80% dari target",
    ]


# --- per mille (PP 128/2015 PNBP BPN: "T = (2‰ x Nilai Tanah) + Rp100.000,00")
def test_per_mille() -> None:
    formula = parse("T = (2‰ x Nilai Tanah) + Rp100.000,00")
    assert _names("T = (2‰ x Nilai Tanah) + Rp100.000,00") == ["Nilai Tanah"]
    assert formula.evaluate({"Nilai Tanah": Fraction(1000)}).exact == 100002
    assert parse(str(formula)) == formula
