"""Flattened stacked fractions the grammar cannot read, read by their noun phrases on the
failure path (issue 14, causes 4 and 6): real cells quoted with their source, the same
family with other words, and cells the salvage must leave to their syntax error."""

from __future__ import annotations

import pytest

import ikicalc
from ikicalc.errors import FormulaSyntaxError
from ikicalc.lang import ast
from ikicalc.lang.parser import parse
from ikicalc.lang.salvage import NUMBER_BELOW, REASON, UNIT_AFTER


def _read(text: str) -> tuple[str | None, str, str, str | None]:
    """Label, numerator, denominator and scale of a salvaged cell."""
    formula = parse(text)
    expr, scale = formula.expr, None
    if isinstance(expr, ast.Binary) and expr.op is ast.Op.MUL:
        expr, scale = expr.left, str(ikicalc.Formula(expr.right))
    assert isinstance(expr, ast.Binary)
    assert expr.op is ast.Op.DIV
    assert isinstance(expr.left, ast.Variable)
    assert isinstance(expr.right, ast.Variable)
    assert REASON in {g.reason for g in formula.guesses}
    return formula.label, expr.left.name, expr.right.name, scale


# PP 55/2005, Penjelasan (Dana Perimbangan): the label of each index among its names
@pytest.mark.parametrize(
    ("text", "label", "numerator", "denominator"),
    [
        (  # the label first
            "Indeks jumlah penduduk daerah i Jml penduduk daerah i Rata-rata jml penduduk "
            "secara Nasional =",
            "Indeks jumlah penduduk daerah i",
            "Jml penduduk daerah i",
            "Rata-rata jml penduduk secara Nasional",
        ),
        (
            "Indeks kemahalan konstruksi daerah i Indeks kemahalan kons. daerah i Rata-rata "
            "kemahalan kons. secara Nasional =",
            "Indeks kemahalan konstruksi daerah i",
            "Indeks kemahalan kons. daerah i",
            "Rata-rata kemahalan kons. secara Nasional",
        ),
        (  # the label last, beside its '='
            "Indeks IPM daerah i Rata-rata IPM secara Nasional Indeks pemb. man daerah i =",
            "Indeks pemb. man daerah i",
            "Indeks IPM daerah i",
            "Rata-rata IPM secara Nasional",
        ),
        (  # the label names the numerator's words, which follow it
            "Indeks PDRB per kapita daerah i PDRB per kapita daerah i Rata-rata PDRB per kapita "
            "Nasional =",
            "Indeks PDRB per kapita daerah i",
            "PDRB per kapita daerah i",
            "Rata-rata PDRB per kapita Nasional",
        ),
    ],
)
def test_a_label_among_the_names_of_a_flattened_fraction(
    text: str, label: str, numerator: str, denominator: str
) -> None:
    assert _read(text) == (label, numerator, denominator, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the same family with a scale and a total
            "Jumlah lansia yang dilayani Total lansia di wilayah kerja Cakupan pelayanan "
            "lansia x 100% =",
            (
                "Cakupan pelayanan lansia",
                "Jumlah lansia yang dilayani",
                "Total lansia di wilayah kerja",
                "100%",
            ),
        ),
        (  # over lines, the label beside the bar's '=' at the end
            "Jumlah rumah tangga ber-PHBS\nJumlah rumah tangga yang dipantau\nPersentase "
            "Rumah Tangga ber-PHBS =",
            (
                "Persentase Rumah Tangga ber-PHBS",
                "Jumlah rumah tangga ber-PHBS",
                "Jumlah rumah tangga yang dipantau",
                None,
            ),
        ),
        (  # a label before '=', two quantities side by side, the scale between them
            "Rasio guru = Jumlah guru SD x 100 Jumlah murid SD =",
            None,
        ),
    ],
)
def test_the_same_family_with_other_words(
    text: str, expected: tuple[str | None, str, str, str | None] | None
) -> None:
    if expected is None:  # a rate ('x 100 murid'): the grammar reads it, no salvage
        assert REASON not in {g.reason for g in parse(text).guesses}
    else:
        assert _read(text) == expected


def test_the_salvage_is_a_guess_lint_reports() -> None:
    text = "Indeks IPM daerah i Rata-rata IPM secara Nasional Indeks pemb. man daerah i ="
    assert "W110" in {d.code for d in ikicalc.lint(text)}


def test_the_canonical_text_of_a_salvaged_cell_reads_back() -> None:
    formula = parse(
        "Indeks jumlah penduduk daerah i Jml penduduk daerah i Rata-rata jml penduduk secara "
        "Nasional ="
    )
    assert parse(str(formula)) == formula


@pytest.mark.parametrize(
    "text",
    [
        # a sentence, no scale and no '=': not a flattened fraction
        "Jumlah desa yang sudah mengelola APBDes Jumlah desa",
        # three names, no label word and no whole: which is the label is not known
        "Jumlah A yang hadir Jumlah B yang terdaftar Jumlah C =",
        # an operator besides: the grammar's error stands
        "Jumlah A + Jumlah B = Jumlah C Jumlah D =",
        # one name: nothing to divide
        "Persentase capaian kinerja =",
    ],
)
def test_cells_that_are_not_a_flattened_fraction_keep_their_error(text: str) -> None:
    try:
        formula = parse(text)
    except FormulaSyntaxError:
        return
    assert REASON not in {g.reason for g in formula.guesses}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # PP 80/2015 and PP 7/2009 (PNBP Kominfo): the 2 stood under the bar
            "BHP Frekuensi (Rupiah)= (Ib x HDLP x b)+(Ip x HDDP x p) 2",
            "BHP Frekuensi (Rupiah) = (Ib × HDLP × b + Ip × HDDP × p) / 2",
        ),
        (  # on the next line
            "Rata-rata = (Nilai A + Nilai B + Nilai C)\n3",
            "Rata-rata = (Nilai A + Nilai B + Nilai C) / 3",
        ),
    ],
)
def test_a_number_alone_under_an_expression(text: str, expected: str) -> None:
    formula = parse(text)
    assert str(formula) == expected
    assert NUMBER_BELOW in {g.reason for g in formula.guesses}


def test_a_number_that_ends_a_name_is_no_denominator() -> None:
    # the grammar reads it (a number after a name's first word): no salvage
    formula = parse("Jumlah A / Jumlah kelas 2")
    assert NUMBER_BELOW not in {g.reason for g in formula.guesses}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Perbpkp 4/2025 (rusun negara): a sum over a quantity on the next line
            "Struktur Tarif Atas = Biaya Operasional + Biaya Pemeliharaan \n Jumlah Unit Sarusun",
            "Struktur Tarif Atas = (Biaya Operasional + Biaya Pemeliharaan) / Jumlah Unit Sarusun",
        ),
        (  # PP 1/2024 (DSCR): an expression over an expression
            "Pendapatan yang tidak ditentukan penggunaannya - Belanja Pegawai\nPokok pinjaman + "
            "Bunga + Biaya Lain",
            "(Pendapatan yang tidak ditentukan penggunaannya - Belanja Pegawai) / (Pokok pinjaman "
            "+ Bunga + Biaya Lain)",
        ),
    ],
)
def test_an_expression_over_the_next_line(text: str, expected: str) -> None:
    assert str(parse(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the lower line goes on with the name (lower case), or an operator joins the lines
        "Jumlah A + Jumlah B yang\nterdaftar pada tahun berjalan",
        "Jumlah A + Jumlah B +\nJumlah C",
        # a Title Case continuation with no counting word and no operator
        "Nilai A + Nilai B\nPada Tahun Berjalan",
    ],
)
def test_lines_that_go_on_are_no_fraction(text: str) -> None:
    assert "/" not in str(parse(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # PP 33/2014 (PNBP kawasan hutan): the unit of the result after the formula
            "PNBP = {(L1 x 1 x tarif) + (L2 x 4 x tarif)} Rp/tahun.",
            "PNBP = L1 × 1 × tarif + L2 × 4 × tarif",
        ),
        ("Biaya = (Harga satuan x Volume) rupiah", "Biaya = Harga satuan × Volume"),
    ],
)
def test_the_unit_after_the_whole_formula(text: str, expected: str) -> None:
    formula = parse(text)
    assert str(formula) == expected
    assert UNIT_AFTER in {g.reason for g in formula.guesses}


def test_a_name_that_goes_on_over_the_next_line_is_no_equation() -> None:
    # PMK 24/2025 (PNBP BMKG): the sum's second name wraps onto the next line
    text = (
        "Tarif jasa operasi modifikasi cuaca = \npersonil pelaksana operasi modifikasi cuaca + "
        "sarana prasarana operasi \nmodifikasi cuaca + hasil akhir operasi modifikasi cuaca"
    )
    assert "/" not in str(parse(text))
