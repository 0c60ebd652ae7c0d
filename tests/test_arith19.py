"""Numbers and arithmetic as Indonesian documents write them, session 19 (issue 14, causes 1,
2, 7, 10): a position of a table or a form and its number as one name (``Kolom -5 : Kolom 3
dikalikan kolom 4``), a fraction said before the noun it takes a share of (``setengah gaji
pokok``), said twice (``tiga perempat (3/4)``), an amount in words with its unit of money
where an operand opens (``lima ratus rupiah dikali A``)."""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc


@pytest.mark.parametrize(
    ("text", "label", "variables", "want"),
    [
        # Permenhut 14/2025: a spreadsheet's accounting format shows "(5)" as "-5"
        ("Kolom -5 : Kolom 3 dikalikan kolom 4", "Kolom -5", ("Kolom 3", "kolom 4"), 6),
        ("Kolom 5 : Kolom 3 x Kolom 4", "Kolom 5", ("Kolom 3", "Kolom 4"), 6),
        ("Baris [7] = Baris [5] - Baris [6]", "Baris [7]", ("Baris [5]", "Baris [6]"), -1),
        ("Lajur ke-4 berisi Lajur ke-2 + Lajur ke-3", "Lajur ke-4",
         ("Lajur ke-2", "Lajur ke-3"), 5),
        # a copula of a definition: the words before it are set aside (lang/preamble.py)
        ("Pos 12 adalah Pos 10 dibagi Pos 11", None, ("Pos 10", "Pos 11"), Fraction(2, 3)),
        (
            "Kol. [9] : Kol. [7] / Kol. [8] x 100%",
            "Kol. [9]",
            ("Kol. [7]", "Kol. [8]"),
            Fraction(200, 3),
        ),
        # "angka" is a position only with its number in brackets or after "ke-"
        ("Angka [4] : Angka [1] / Angka [2]", "Angka [4]", ("Angka [1]", "Angka [2]"),
         Fraction(2, 3)),
        ("angka ke-5 = angka ke-3 x angka ke-4", "angka ke-5", ("angka ke-3", "angka ke-4"), 6),
        ("Kolom (23)(Rp) = [Kolom (22)(Rp) : Kolom (6)(Rp)] x 100%", "Kolom (23)(Rp)",
         ("Kolom (22)(Rp)", "Kolom (6)(Rp)"), Fraction(200, 3)),
    ],
)
def test_a_position_is_one_name(
    text: str, label: str | None, variables: tuple[str, ...], want: Fraction | int
) -> None:
    formula = ikicalc.parse(text)
    assert formula.label == label
    assert formula.variables == variables
    assert ikicalc.parse(str(formula)) == formula
    assert formula.evaluate(dict(zip(variables, (2, 3), strict=True))).exact == want


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        # two positions only: the colon divides ("Kolom (12) : Kolom (7)" of Perbup Kulon Progo)
        ("Kolom 12 : Kolom 7 x 100%", ("Kolom 12", "Kolom 7")),
        # a bracket that closes after a position is the bracket's
        ("(Kolom 5 / Kolom 6) x 100%", ("Kolom 5", "Kolom 6")),
        # "angka" says a number as often as a position
        ("Nilai = A dibagi angka 50", ("A",)),
    ],
)
def test_no_position_label(text: str, variables: tuple[str, ...]) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == variables


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Iuran = setengah gaji pokok", Fraction(1)),
        ("Iuran = separuh gaji pokok", Fraction(1)),
        ("Iuran = separuh dari gaji pokok", Fraction(1)),
        ("Uang duka sebesar sepertiga gaji pokok", Fraction(2, 3)),
        ("Iuran = setengah kali gaji pokok", Fraction(1)),
        ("Iuran = ½ kali gaji pokok", Fraction(1)),
        ("Iuran = 2½ kali gaji pokok", Fraction(5)),
        ("Iuran = dua kali lipat gaji pokok", Fraction(4)),
        ("Iuran = tiga perempat (3/4) x gaji pokok", Fraction(3, 2)),  # not 3/4 twice
        ("Iuran = tiga perempat (¾) dari gaji pokok", Fraction(3, 2)),
        ("Iuran = lima ratus rupiah dikali gaji pokok", Fraction(1000)),
        ("Iuran = 500 rupiah x gaji pokok + 1000 rupiah", Fraction(2000)),
    ],
)
def test_a_number_said(text: str, want: Fraction) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == ("gaji pokok",)
    assert formula.evaluate({"gaji pokok": 2}).exact == want


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah pegawai yang bekerja setengah hari / jumlah pegawai x 100%",  # a name's words
        "0,5% (setengah perseratus) dikalikan harga jual",  # the rate said again
    ],
)
def test_no_fraction_said(text: str) -> None:
    formula = ikicalc.parse(text)
    assert not any("gaji" in v for v in formula.variables)
    assert all("1⁄2" not in v for v in formula.variables)


@pytest.mark.parametrize(
    "text",
    [
        "Nilai = A dinormalisasi terhadap B",
        "Nilai = A dinormalisasikan dengan B",
        "Nilai = A dinormalkan terhadap B",
        "Nilai = A dibandingkan terhadap B",
    ],
)
def test_normalised_by_divides(text: str) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == ("A", "B")
    assert formula.evaluate({"A": 3, "B": 4}).exact == Fraction(3, 4)


def test_a_division_word_before_a_sign_is_a_name_word() -> None:
    formula = ikicalc.parse("Persentase kasus yang dibandingkan / jumlah kasus x 100%")
    assert len(formula.variables) == 2  # was refused: '/' has no operand before it


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        # a numbered symbol X where nothing stands before it to multiply: after '=', a comma,
        # 'dan', 'dari', 'rata-rata'
        ("Indeks = X1 + X2", ("X1", "X2")),
        ("Indeks = rata-rata (X1, X2, X3)", ("X1", "X2", "X3")),
        ("Indeks = rata-rata dari X1, X2 dan X3", ("X1", "X2", "X3")),
        ("Indeks = rata-rata X1 dan X2", ("X1", "X2")),
        # symbols listed after 'rata-rata': numbered, or three or more
        ("Indeks = rata-rata dari IKA, IKU, dan IKL", ("IKA", "IKU", "IKL")),
    ],
)
def test_symbols_x_listed(text: str, variables: tuple[str, ...]) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == variables
    assert ikicalc.parse(str(formula)) == formula


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Nilai = A x1,5", Fraction(3)),  # a decimal after a glued x: a product
        ("Nilai = A / B, x 100%", Fraction(100)),
    ],
)
def test_x_still_multiplies(text: str, want: Fraction) -> None:
    formula = ikicalc.parse(text)
    values = {name: 2 for name in formula.variables}
    assert formula.evaluate(values).exact == want


def test_two_levels_are_no_list() -> None:
    assert ikicalc.parse("Indeks = rata-rata SD dan SMP").variables == ("SD dan SMP",)
