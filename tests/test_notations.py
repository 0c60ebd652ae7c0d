"""Each notation of the seed documents, read as a reader of the document reads it."""

from __future__ import annotations

from decimal import Decimal

import pytest

import ikicalc
from ikicalc.lang.ast import Binary, Negate, Number, Op, Percent, Sigma, Variable


def var(name: str) -> Variable:
    return Variable(name)


def ratio_percent(numerator: str, denominator: str) -> Binary:
    """``numerator / denominator × 100%``, the shape of most IKI formulas."""
    return Binary(Op.MUL, Binary(Op.DIV, var(numerator), var(denominator)), Percent(Decimal(100)))


HADIR = ratio_percent("Jumlah PNS yang hadir", "Jumlah PNS")


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah PNS yang hadir / Jumlah PNS x 100%",
        "Jumlah PNS yang hadir / Jumlah PNS X 100 %",
        "Jumlah PNS yang hadir ÷ Jumlah PNS × 100%",
        "Jumlah PNS yang hadir berbanding Jumlah PNS X 100%",
        "Jumlah PNS yang hadir berbanding dengan Jumlah PNS X 100%",
        "Jumlah PNS yang hadir dibagi Jumlah PNS x 100 %",
        "Jumlah PNS yang hadir / Jumlah PNS * 100%",
        "Jumlah PNS yang hadir / Jumlah PNS x 100 persen",
        # seed 003-004, LaTeX with and without $…$
        r"$\frac{\text{Jumlah PNS yang hadir}}{\text{Jumlah PNS}} \times 100\%$",
        r"\frac{\text{Jumlah PNS yang hadir}}{\text{Jumlah PNS}} \times 100\%",
        r"\frac{Jumlah PNS yang hadir}{Jumlah PNS} \cdot 100\ \%",
        r"\left( Jumlah PNS yang hadir \div Jumlah PNS \right) \times 100\%",
        # flattened fractions of Word/PDF exports
        "<u>Jumlah PNS yang hadir</u> x 100% Jumlah PNS",
        "Jumlah PNS yang hadir x 100% Jumlah PNS",
        "<p>Jumlah PNS yang hadir / Jumlah PNS x 100%</p>",
        "- Jumlah PNS yang hadir / Jumlah PNS x 100%",
        "1. Jumlah PNS yang hadir / Jumlah PNS x 100%",
    ],
)
def test_notations_of_one_formula_read_the_same(text: str) -> None:
    assert ikicalc.parse(text).expr == HADIR


def test_seed_000_002_underlined_numerator_over_denominator() -> None:
    formula = ikicalc.parse(
        "<u>Jumlah Pokmas yang Berpartisipasi Dalam Stimulan RT</u> x 100% Jumlah Pokmas"
    )
    assert formula.expr == ratio_percent(
        "Jumlah Pokmas yang Berpartisipasi Dalam Stimulan RT", "Jumlah Pokmas"
    )


def test_seed_002_085_underlined_fraction_without_percent() -> None:
    formula = ikicalc.parse("<u>Jumlah area yang diamankan</u> Luas area keseluruhan")
    assert formula.expr == Binary(
        Op.DIV, var("Jumlah area yang diamankan"), var("Luas area keseluruhan")
    )


def test_seed_002_001_dibagi_with_a_number_inside_the_name() -> None:
    formula = ikicalc.parse(
        "Jumlah kelurahan dengan nilai survey kepuasan masyarakat sekurang-kurangnya 75 "
        "dibagi jumlah kelurahan x 100 %"
    )
    assert formula.variables == (
        "Jumlah kelurahan dengan nilai survey kepuasan masyarakat sekurang-kurangnya 75",
        "jumlah kelurahan",
    )


def test_seed_002_006_comma_before_berbanding_is_not_part_of_the_name() -> None:
    text = (
        "Jumlah Peserta yang hadir musrenbang Kecamatan sekurang-kurangnya 75 orang mencakup "
        "semua unsur sebagaimana ketentuan berlaku, berbanding jumlah seluruh peserta yang "
        "hadir musrenbang Kecamatan X 100%"
    )
    numerator, denominator = ikicalc.parse(text).variables
    assert numerator.endswith("ketentuan berlaku")
    assert denominator == "jumlah seluruh peserta yang hadir musrenbang Kecamatan"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            r"$\frac{\text{Jumlah laporan SPJ GU/TU tepat waktu}}{\text{Jumlah laporan SPJ GU/TU}} \times 100\%$",
            "Jumlah laporan SPJ GU/TU tepat waktu",
        ),
        ("Pelaksanaan pelayanan e-KTP", "Pelaksanaan pelayanan e-KTP"),
        ("Jumlah RT/RW yang diberdayakan", "Jumlah RT/RW yang diberdayakan"),
        (
            "<p>Jumlah pembayaran jasa telepon/ internet, air dan listrik</p>",
            "Jumlah pembayaran jasa telepon/ internet, air dan listrik",
        ),
        (
            "Jumlah pemakaian air, listrik, komunikasi dan internet",
            "Jumlah pemakaian air, listrik, komunikasi dan internet",
        ),
        (
            "<p>Jumlah & jenis alat tulis kantor yang tersediakan</p>",
            "Jumlah & jenis alat tulis kantor yang tersediakan",
        ),
        (
            "Nilai Survey Kepuasan Masyarakat (SKM) yang diselenggarakan oleh bagian Organisasi Sekretariat Daerah",
            "Nilai Survey Kepuasan Masyarakat (SKM) yang diselenggarakan oleh bagian Organisasi Sekretariat Daerah",
        ),
        (
            r"$\frac{\text{Jumlah yang ter-inventarisikan}}{\text{Jumlah keseluruhan barang}}$",
            "Jumlah yang ter-inventarisikan",
        ),
        (
            "Jumlah Rapat - Rapat Koordinasi dan Konsultasi Dalam dan Luar Daerah",
            "Jumlah Rapat - Rapat Koordinasi dan Konsultasi Dalam dan Luar Daerah",
        ),
        ("Jumlah / Jenis ATK", "Jumlah / Jenis ATK"),
        ("- Jumlah seluruh surat yang terdistribusi", "Jumlah seluruh surat yang terdistribusi"),
        ("Xenon dan xilofon", "Xenon dan xilofon"),
    ],
)
def test_names_are_phrases_as_written(text: str, name: str) -> None:
    assert ikicalc.parse(text).variables[0] == name


def test_a_single_phrase_is_a_formula_and_evaluates_to_its_value() -> None:
    formula = ikicalc.parse("Jumlah Kegiatan Pemberdayaan Masyarakat")
    assert formula.expr == var("Jumlah Kegiatan Pemberdayaan Masyarakat")
    result = formula.evaluate({"Jumlah Kegiatan Pemberdayaan Masyarakat": 12})
    assert result.exact == 12
    assert result.unit is None


def test_lone_x_is_multiplication_never_part_of_a_name() -> None:
    formula = ikicalc.parse("Jumlah Pegawai x Jumlah hari kerja")
    assert formula.expr == Binary(Op.MUL, var("Jumlah Pegawai"), var("Jumlah hari kerja"))


def test_slash_with_spaces_divides_and_without_spaces_joins() -> None:
    assert ikicalc.parse("SPJ GU / TU").variables == ("SPJ GU", "TU")
    assert ikicalc.parse("SPJ GU/TU").variables == ("SPJ GU/TU",)


def test_seed_004_001_attendance_with_sigma_and_latex() -> None:
    formula = ikicalc.parse(
        r"$\frac{\sum \text{Pegawai} \times (\sum \text{Hari kerja efektif} - \sum \text{hari "
        r"tidak masuk kerja})}{\sum \text{Pegawai} \times \sum \text{hari kerja efektif}} "
        r"\times 100\%$"
    )
    pegawai, hke, absen = (
        Sigma(var(n)) for n in ("Pegawai", "Hari kerja efektif", "hari tidak masuk kerja")
    )
    numerator = Binary(Op.MUL, pegawai, Binary(Op.SUB, hke, absen))
    denominator = Binary(Op.MUL, pegawai, Sigma(var("hari kerja efektif")))
    assert formula.expr == Binary(
        Op.MUL, Binary(Op.DIV, numerator, denominator), Percent(Decimal(100))
    )
    # "Hari kerja efektif" and "hari kerja efektif" are one variable, named as first written
    assert formula.variables == ("Pegawai", "Hari kerja efektif", "hari tidak masuk kerja")


def test_seed_004_020_unicode_sigma_and_minus_sign() -> None:
    formula = ikicalc.parse("Jumlah Pegawai x (Σ hari kerja efektif − Σ hari tidak masuk kerja)")
    assert formula.expr == Binary(
        Op.MUL,
        var("Jumlah Pegawai"),
        Binary(Op.SUB, Sigma(var("hari kerja efektif")), Sigma(var("hari tidak masuk kerja"))),
    )


def test_seed_004_034_label_before_dollar_equals_and_escaped_spaces() -> None:
    formula = ikicalc.parse(
        r"Tingkat Partisipasi Masyarakat $= \frac{\sum Usulan\ Yang\ Disetujui}"
        r"{\sum Usulan\ Yang\ Diajukan} \times 100\ %$"
    )
    assert formula.label == "Tingkat Partisipasi Masyarakat"
    assert formula.variables == ("Usulan Yang Disetujui", "Usulan Yang Diajukan")
    assert (
        formula.evaluate({"Usulan Yang Disetujui": [3, 4], "Usulan Yang Diajukan": [5, 5]}).exact
        == 70
    )


def test_label_before_equals_sign() -> None:
    formula = ikicalc.parse(
        r"Tingkat Partisipasi Masyarakat = \frac{Usulan Disetujui}{Usulan Diajukan} \times 100\ %"
    )
    assert formula.label == "Tingkat Partisipasi Masyarakat"
    assert str(formula).startswith("Tingkat Partisipasi Masyarakat = ")


def test_seed_003_021_words_before_the_dollar_formula_are_its_label() -> None:
    formula = ikicalc.parse(
        r"Jumlah laporan pertanggungjawaban APBD yang selesai $\frac{\text{Jumlah laporan "
        r"pertanggungjawaban APBD}}{\text{Jumlah laporan pertanggungjawaban APBD}} \times 100\%$"
    )
    assert formula.label == "Jumlah laporan pertanggungjawaban APBD yang selesai"
    assert formula.variables == ("Jumlah laporan pertanggungjawaban APBD",)


def test_seed_002_038_enumerated_items_after_a_colon() -> None:
    formula = ikicalc.parse(
        "Jumlah dokumen tersusun : 1. dokumen monografi 2. dokumen profil Kecamatan"
    )
    assert formula.variables == ("Jumlah dokumen tersusun",)
    assert formula.items == ("dokumen monografi", "dokumen profil Kecamatan")


def test_seed_002_036_html_list_items() -> None:
    formula = ikicalc.parse(
        '<p>Jumlah dokumen perencanaan yang dibuat</p> <ol style="list-style-type: none"> '
        "1. RKA/PRKA & DPA/DPPA 2. Renja/ RKT 3. Renstra"
    )
    assert formula.variables == ("Jumlah dokumen perencanaan yang dibuat",)
    assert formula.items == ("RKA/PRKA & DPA/DPPA", "Renja/ RKT", "Renstra")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "1 + 2 x 3",
            Binary(
                Op.ADD, Number(Decimal(1)), Binary(Op.MUL, Number(Decimal(2)), Number(Decimal(3)))
            ),
        ),
        (
            "(1 + 2) x 3",
            Binary(
                Op.MUL, Binary(Op.ADD, Number(Decimal(1)), Number(Decimal(2))), Number(Decimal(3))
            ),
        ),
        (
            "8 - 4 - 2",
            Binary(
                Op.SUB, Binary(Op.SUB, Number(Decimal(8)), Number(Decimal(4))), Number(Decimal(2))
            ),
        ),
        (
            "8 / 4 / 2",
            Binary(
                Op.DIV, Binary(Op.DIV, Number(Decimal(8)), Number(Decimal(4))), Number(Decimal(2))
            ),
        ),
        ("-A x B", Binary(Op.MUL, Negate(var("A")), var("B"))),
        ("A - -B", Binary(Op.SUB, var("A"), Negate(var("B")))),
        ("-(A + B)", Negate(Binary(Op.ADD, var("A"), var("B")))),
        ("+A", var("A")),
        ("{A + B} / C", Binary(Op.DIV, Binary(Op.ADD, var("A"), var("B")), var("C"))),
        ("[A + B] / C", Binary(Op.DIV, Binary(Op.ADD, var("A"), var("B")), var("C"))),
    ],
)
def test_precedence_and_unary_minus(text: str, expected: object) -> None:
    assert ikicalc.parse(text).expr == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("0,5", Decimal("0.5")),
        ("0.5", Decimal("0.5")),
        ("81,35", Decimal("81.35")),
        ("1.250,5", Decimal("1250.5")),
        ("1.000.000", Decimal(1000000)),
    ],
)
def test_numbers_with_decimal_comma_or_dot(text: str, value: Decimal) -> None:
    assert ikicalc.parse(text).expr == Number(value)


def test_percent_literals() -> None:
    assert ikicalc.parse("100%").expr == Percent(Decimal(100))
    assert ikicalc.parse("100 %").expr == Percent(Decimal(100))
    assert ikicalc.parse(r"100\%").expr == Percent(Decimal(100))
    assert ikicalc.parse("12,5 %").expr == Percent(Decimal("12.5"))


def test_parse_is_cached() -> None:
    text = "Jumlah surat yang terdistribusi / Jumlah surat x 100%"
    assert ikicalc.parse(text) is ikicalc.parse(text)


def test_formula_nodes_are_immutable() -> None:
    formula = ikicalc.parse("A / B")
    with pytest.raises(AttributeError):
        formula.expr.op = Op.MUL  # type: ignore[misc, union-attr]


def test_a_number_ending_a_name_before_a_bracket_is_part_of_the_name() -> None:
    # found by the round-trip property: '75)' is not a list marker here
    formula = ikicalc.parse("(0 + Jumlah 75) x 2")
    assert formula.variables == ("Jumlah 75",)
