"""A legend read by its structure (issue 14, cause 6; ``ikicalc/lang/legend_entries.py``): an
entry is a symbol the formula writes, a separator (a sign, a copula, both, a tab) and a name,
after any list mark, or the name first; the heading above the entries and a ``maka`` between
a legend written first and its formula are set aside; an entry that is an equation of other
entries is substituted. The cells read as documents write them."""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc
from ikicalc.lang.legend_entries import canonical_entries, canonical_text

CELLS = [
    (  # a capital letter as the list's mark, an arrow as the separator
        "Persentase = P / Q x 100%\nKeterangan:\nA. P → Jumlah UMKM yang naik kelas\n"
        "B. Q → Jumlah UMKM binaan",
        ("Jumlah UMKM yang naik kelas", "Jumlah UMKM binaan"),
    ),
    (  # a sign and a copula: "K_1 : adalah …"
        "Capaian = K_1 / K_2 x 100%\nDengan :\no K_1 : adalah Jumlah arsip aktif\n"
        "o K_2 : adalah Jumlah arsip yang tertata",
        ("Jumlah arsip aktif", "Jumlah arsip yang tertata"),
    ),
    (  # a copula of the class not written before: "yakni"
        "(P/Q)*100%\nKeterangan rumus :\nP yakni Jumlah kelurahan yang tertib administrasi\n"
        "Q yakni Jumlah seluruh kelurahan",
        ("Jumlah kelurahan yang tertib administrasi", "Jumlah seluruh kelurahan"),
    ),
    (  # the name first, a list's letters, "; dan" ending the item
        "(a - b) / b x 100%\nPenjelasan:\nA. Jumlah kunjungan tahun ini = a; dan\n"
        "B. Jumlah kunjungan tahun lalu = b.",
        ("Jumlah kunjungan tahun ini", "Jumlah kunjungan tahun lalu"),
    ),
    (  # symbols with a dot
        "Capaian = (X.1 : X.2) x 100% dimana :\nX.1 yakni Jumlah seluruh pegawai,\n"
        "X.2 yakni Jumlah seluruh sekolah,",
        ("Jumlah seluruh pegawai", "Jumlah seluruh sekolah"),
    ),
    (  # the legend first, its entries in a numbered list, "maka" before the formula
        "(1) X1 := Jumlah rumah tidak layak huni yang diperbaiki;\n"
        "(2) X2 := Jumlah rumah tidak layak huni.\nmaka\nCapaian = X1/X2 x 100%",
        ("Jumlah rumah tidak layak huni yang diperbaiki", "Jumlah rumah tidak layak huni"),
    ),
    (  # a heading of the class ending the formula's line
        "Cakupan = A/B x 100% Uraian :\n(a) A : adalah Jumlah desa ber-BUMDes aktif\n"
        "(b) B : adalah Jumlah desa di kabupaten",
        ("Jumlah desa ber-BUMDes aktif", "Jumlah desa di kabupaten"),
    ),
]


@pytest.mark.parametrize(("text", "names"), CELLS)
def test_a_legend_is_read_by_its_structure(text: str, names: tuple[str, ...]) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == names


def test_an_entry_that_is_an_equation_of_entries_is_substituted() -> None:
    text = (
        "P / T x 100%\ndengan\n1. P := Jumlah ASN yang lapor\n2. T := Q + R\n"
        "3. Q := Jumlah ASN struktural\n4. R := Jumlah ASN fungsional"
    )
    formula = ikicalc.parse(text)
    assert formula.variables == (
        "Jumlah ASN yang lapor",
        "Jumlah ASN struktural",
        "Jumlah ASN fungsional",
    )
    data = {"Jumlah ASN yang lapor": 30, "Jumlah ASN struktural": 10, "Jumlah ASN fungsional": 50}
    assert formula.evaluate(data).exact == Fraction(50)


def test_the_cell_keeps_its_length() -> None:
    text = "P / T x 100%\n- P\tJumlah pegawai\n- T\tQ + R\n- Q\tJumlah A\n- R\tJumlah B"
    written = canonical_text(text)
    assert len(written) == len(text)
    assert written.splitlines()[0] == "P / T x 100%"
    assert "T=Q + R" in written


def test_a_word_of_a_name_is_no_symbol() -> None:
    # "Jumlah : …" is not an entry: the formula does not write the word
    text = "A / B x 100%\nJumlah : seluruh desa\nA : Jumlah desa mandiri\nB : Jumlah desa"
    chars = list(text)
    canonical_entries(chars)
    lines = "".join(chars).splitlines()
    assert lines[1] == "Jumlah : seluruh desa"
    assert lines[2] == "A = Jumlah desa mandiri"
    assert ikicalc.parse(text).variables[:1] == ("Jumlah desa mandiri",)


def test_a_symbol_of_a_numbered_family_the_legend_leaves_out_is_its_own_name() -> None:
    # the legend names X1 only: X2 is a symbol of the same family, not "× 2"
    formula = ikicalc.parse("(X1 : X2) x 100%\nKeterangan\nA. X1 → Jumlah desa mandiri,")
    assert formula.variables == ("Jumlah desa mandiri", "X2")


def test_a_dotted_symbol_in_a_legend_said_in_one_sentence() -> None:
    text = "K.1/K.2 x 100%\ndimana K.1 ialah Jumlah desa mandiri dan K.2 ialah Jumlah desa."
    assert len(ikicalc.parse(text).variables) == 2


def test_a_slash_beside_a_symbol_of_the_legend_divides() -> None:
    formula = ikicalc.parse("K1/K2 x 100%\nDimana,\nK1 : adalah Jumlah desa mandiri")
    assert formula.variables == ("Jumlah desa mandiri", "K2")
