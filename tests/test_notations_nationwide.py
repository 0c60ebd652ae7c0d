"""Formulas as offices across the country write them (issue 14), read as a careful reader does.

Each test is a cell in the style of a real public document (Manual IKU, IKK/LPPD tables,
puskesmas indicators, BPS metadata, LKjIP), grouped by the ten causes of the issue. A test
checks the variables a reader names and the value on a set of inputs, not only that the
cell parses.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

import ikicalc
from ikicalc.numbers import number_style, parse_number


def reads(text: str, variables: tuple[str, ...], values: tuple[int, ...], expected: Fraction) -> None:
    """``text`` names ``variables`` and, with ``values`` for them, evaluates to ``expected``."""
    formula = ikicalc.parse(text)
    assert formula.variables == variables
    assert formula.evaluate(dict(zip(variables, values, strict=True))).exact == expected
    assert ikicalc.parse(str(formula)) == formula


# ---- 1. operator words ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah kelurahan tertib dibagi jumlah kelurahan dikalikan 100%",
        "Jumlah kelurahan tertib dibagi dengan jumlah kelurahan dikalikan dengan 100%",
        "Jumlah kelurahan tertib di bagi jumlah kelurahan di kali 100%",
        "Jumlah kelurahan tertib bagi jumlah kelurahan kali 100%",
        "Jumlah kelurahan tertib : jumlah kelurahan x 100%",
        "Jumlah kelurahan tertib / jumlah kelurahan x100%",
        "Jumlah kelurahan tertib / jumlah kelurahan X 100 %",
        "Jumlah kelurahan tertib / jumlah kelurahan * 100%",
    ],
)
def test_operator_words(text: str) -> None:
    reads(text, ("Jumlah kelurahan tertib", "jumlah kelurahan"), (3, 4), Fraction(75))


def test_ditambah_and_dikurangi() -> None:
    reads("Pendapatan asli daerah ditambah dana transfer dikurangi belanja pegawai",
          ("Pendapatan asli daerah", "dana transfer", "belanja pegawai"), (10, 5, 3), Fraction(12))
    reads("A di tambah B", ("A", "B"), (1, 2), Fraction(3))


def test_a_colon_divides_only_when_spaced_as_an_operator() -> None:
    assert ikicalc.parse("A : B").variables == ("A", "B")
    with pytest.raises(ikicalc.FormulaSyntaxError):
        ikicalc.parse("Kategori: Baik")  # a field and its value, not a ratio


def test_bagi_and_kali_are_words_without_an_operand_after_them() -> None:
    """'bagi' is also 'for' and 'kali' also 'times (occurrences)'."""
    formula = ikicalc.parse("Jumlah layanan bagi masyarakat miskin / Jumlah layanan x 100%")
    assert formula.variables == ("Jumlah layanan bagi masyarakat miskin", "Jumlah layanan")


# ---- 2. numbers, ranges and comparisons inside names -------------------------------------


@pytest.mark.parametrize(
    ("text", "numerator", "denominator"),
    [
        ("Jumlah penduduk usia 15-24 tahun yang bekerja / Jumlah penduduk usia 15-24 tahun x 100%",
         "Jumlah penduduk usia 15-24 tahun yang bekerja", "Jumlah penduduk usia 15-24 tahun"),
        ("Jml siswa usia 7 – 12 thn dijenjang SD\ndibagi jml penduduk kelompok usia 7-12\nthn X 100",
         "Jml siswa usia 7 – 12 thn dijenjang SD", "jml penduduk kelompok usia 7-12 thn"),
        ("Jumlah rumah tangga yang memenuhi ≥ 7 kriteria / jumlah rumah tangga x 100%",
         "Jumlah rumah tangga yang memenuhi ≥ 7 kriteria", "jumlah rumah tangga"),
        ("Jumlah bayi usia 0 sampai 11 bulan yang diimunisasi / jumlah bayi x 100%",
         "Jumlah bayi usia 0 sampai 11 bulan yang diimunisasi", "jumlah bayi"),
        ("Jumlah balita dengan z-score di bawah -3 SD / jumlah balita ditimbang x 100%",
         "Jumlah balita dengan z-score di bawah -3 SD", "jumlah balita ditimbang"),
        ("Jumlah ibu nifas yang mendapat 2 x kunjungan nifas / jumlah ibu nifas x 100%",
         "Jumlah ibu nifas yang mendapat 2 x kunjungan nifas", "jumlah ibu nifas"),
        ("Jumlah balita stunting dengan TB/U <-2SD / jumlah balita diukur x 100%",
         "Jumlah balita stunting dengan TB/U <-2SD", "jumlah balita diukur"),
        ("Jumlah desa yang mencapai cakupan minimal 95% dibagi jumlah desa dikali 100",
         "Jumlah desa yang mencapai cakupan minimal 95%", "jumlah desa"),
    ],
)
def test_numbers_inside_names(text: str, numerator: str, denominator: str) -> None:
    reads(text, (numerator, denominator), (1, 4), Fraction(25))


def test_brackets_keep_the_spacing_they_were_written_with() -> None:
    text = "Jumlah ibu hamil K1 ( K1 Akses )sesuai standar / Jumlah sasaran bumil x 100%"
    assert ikicalc.parse(text).variables[0] == "Jumlah ibu hamil K1 ( K1 Akses )sesuai standar"


def test_years_in_brackets_are_part_of_the_name() -> None:
    reads("(PAD(t) − PAD(t−1)) / PAD(t−1) x 100%", ("PAD(t)", "PAD(t−1)"), (110, 100), Fraction(10))
    reads("Jumlah PAD pada tahun (t) / Jumlah PAD pada tahun (t-1)",
          ("Jumlah PAD pada tahun (t)", "Jumlah PAD pada tahun (t-1)"), (3, 2), Fraction(3, 2))


# ---- 3. dots ------------------------------------------------------------------------------


def test_abbreviations_with_dots_and_a_sentence_period() -> None:
    reads("Jumlah data PNS yang terupdate / Jumlah keseluruhan PNS di kab. Banggai",
          ("Jumlah data PNS yang terupdate", "Jumlah keseluruhan PNS di kab. Banggai"), (1, 2),
          Fraction(1, 2))
    reads("Jumlah dokumen Jan s.d Des / Jumlah dokumen s/d Des x 100%.",
          ("Jumlah dokumen Jan s.d Des", "Jumlah dokumen s/d Des"), (1, 2), Fraction(50))
    reads("Jumlah usaha dibagi jumlah seluruh usaha, di kali 100.",
          ("Jumlah usaha", "jumlah seluruh usaha"), (1, 4), Fraction(25))


def test_attribute_access_is_still_refused() -> None:
    with pytest.raises(ikicalc.FormulaSyntaxError, match="cannot join two words"):
        ikicalc.parse("os.system / A")


# ---- 4. stacked fractions ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah desa tertib\n--------------------\nJumlah desa",
        "Jumlah desa tertib\n____________________ x 100%\nJumlah desa",
        "Jumlah desa tertib\nx 100%\nJumlah desa",
        "Jumlah desa tertib\nPersentase = x 100%\nJumlah desa",
        "Jumlah desa tertib = 12 ------------------ x 100 % Jumlah desa = 16",
    ],
)
def test_stacked_fractions(text: str) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == ("Jumlah desa tertib", "Jumlah desa")
    value = formula.evaluate({"Jumlah desa tertib": 3, "Jumlah desa": 4}).exact
    assert value in (Fraction(3, 4), Fraction(75))


def test_a_stacked_numerator_is_an_expression_and_the_label_is_kept() -> None:
    formula = ikicalc.parse("PDRB(t) − PDRB(t−1)\nPertumbuhan = x 100%\nPDRB(t−1)")
    assert formula.label == "Pertumbuhan"
    assert formula.evaluate({"PDRB(t)": 105, "PDRB(t−1)": 100}).exact == 5


def test_the_scale_on_the_numerator_line_and_the_bar_lost() -> None:
    formula = ikicalc.parse("Rumus:\n\n(Prod tahun t) – (Prod tahun t-1) x 100%\n\nProd tahun t-1")
    assert formula.evaluate({"Prod tahun t": 110, "Prod tahun t-1": 100}).exact == 10


def test_field_titles_and_numerator_words() -> None:
    formula = ikicalc.parse(
        "Jumlah Puskesmas Terakreditasi\nFormulasi Perhitungan : x 100%\nJumlah Puskesmas di"
        "\nWilayah Kabupaten"
    )
    assert formula.variables == ("Jumlah Puskesmas Terakreditasi", "Jumlah Puskesmas di Wilayah Kabupaten")
    assert formula.label is None
    formula = ikicalc.parse(
        "Pembilang (Numerator): Jumlah peserta aktif JKN pada periode pelaporan. "
        "Penyebut (Denominator): Jumlah total penduduk pada periode pelaporan."
    )
    assert formula.variables == (
        "Jumlah peserta aktif JKN pada periode pelaporan",
        "Jumlah total penduduk pada periode pelaporan",
    )


def test_an_error_in_a_stacked_cell_points_into_the_cell_as_written() -> None:
    with pytest.raises(ikicalc.FormulaSyntaxError) as info:
        ikicalc.parse("Jumlah A ^ 2\nx 100%\nJumlah B")
    assert (info.value.line, info.value.column) == (1, 10)


# ---- 5. multipliers with a unit or a rate ------------------------------------------------


def test_the_label_interleaved_with_a_flattened_fraction() -> None:
    formula = ikicalc.parse(
        "SPM tingkat = Jumlah permukiman kumuh yang tertangani x 100 pelayanan Total permukiman kumuh"
    )
    assert formula.variables == ("Jumlah permukiman kumuh yang tertangani", "Total permukiman kumuh")
    assert [g.other for g in formula.guesses] == ["pelayanan Total permukiman kumuh"]
    formula = ikicalc.parse("Jumlah rumah tangga sehat X 100 %\n\nSeluruh jumlah rumah tangga")
    assert formula.variables == ("Jumlah rumah tangga sehat", "Seluruh jumlah rumah tangga")


def test_rates() -> None:
    reads("Jumlah kematian bayi / Jumlah kelahiran hidup x 1.000 KH",
          ("Jumlah kematian bayi", "Jumlah kelahiran hidup"), (3, 1500), Fraction(2))
    reads("Jumlah kasus TB / jumlah penduduk per 100.000 penduduk",
          ("Jumlah kasus TB", "jumlah penduduk"), (3, 300_000), Fraction(1))
    reads("Jumlah kriminalitas yang terjadi selama 1 tahun\n=\nx 1.000\nJumlah penduduk",
          ("Jumlah kriminalitas yang terjadi selama 1 tahun", "Jumlah penduduk"), (5, 1000),
          Fraction(5))


# ---- 6. symbols with a legend --------------------------------------------------------------


def test_legend_lines_name_the_symbols() -> None:
    text = "Formula=\n(x/y)*100%\nx = Jumlah pengguna data BPS\nyang puas.\ny = Jumlah pengguna data BPS"
    formula = ikicalc.parse(text)
    assert formula.variables == ("Jumlah pengguna data BPS yang puas", "Jumlah pengguna data BPS")
    assert formula.evaluate(dict(zip(formula.variables, (1, 4), strict=True))).exact == 25


def test_latex_with_its_legend() -> None:
    text = (
        "$PKL=\\frac{JKL}{JK}\\times100\\%$\n"
        "PKL = Persentase kelurahan layak\nJKL = Jumlah kelurahan layak\nJK = Jumlah kelurahan"
    )
    formula = ikicalc.parse(text)
    assert formula.label == "Persentase kelurahan layak"
    assert formula.variables == ("Jumlah kelurahan layak", "Jumlah kelurahan")


def test_definitions_on_the_same_line() -> None:
    formula = ikicalc.parse(
        "TPT=PP/PAKx100% Keterangan: TPT: Tingkat Pengangguran Terbuka (%) "
        "PP:Jumlah pengangguran (orang) PAK: Jumlah angkatan kerja (orang)"
    )
    assert formula.variables == ("Jumlah pengangguran", "Jumlah angkatan kerja")


def test_aliases_in_brackets_are_used_again() -> None:
    formula = ikicalc.parse(
        "Jumlah kelurahan tertib (JKT)\nJumlah seluruh kelurahan (JSK)\nJKT/JSK X 100%"
    )
    assert formula.variables == ("Jumlah kelurahan tertib", "Jumlah seluruh kelurahan")
    assert formula.evaluate({"Jumlah kelurahan tertib": 3, "Jumlah seluruh kelurahan": 4}).exact == 75


def test_subscripts() -> None:
    reads("P_i x B_{i}", ("P_i", "B_i"), (2, 3), Fraction(6))  # one subscript, two spellings


# ---- 7. more arithmetic ----------------------------------------------------------------------


def test_implicit_multiplication_after_a_number() -> None:
    formula = ikicalc.parse("IGG = 1/8 (IP1 + IP2 + IP3 + IP4 + IP5 + IP6 + IP7 + IP8)")
    assert formula.label == "IGG"
    assert formula.evaluate({f"IP{i}": i for i in range(1, 9)}).exact == Fraction(36, 8)


def test_a_bracket_after_a_name_still_continues_the_name() -> None:
    assert ikicalc.parse("Nilai SKM (Survey) x 2").variables == ("Nilai SKM (Survey)",)


def test_a_long_flat_sum_parses() -> None:
    terms = [f"Nilai unsur {i}" for i in range(1, 64)]
    formula = ikicalc.parse(" + ".join(terms))
    assert len(formula.variables) == 63


# ---- 8. prose around a formula -----------------------------------------------------------------


def test_preamble_target_and_numbers_in_words() -> None:
    text = (
        "Camat membina desa, cara pengukuran kinerjanya yaitu jumlah desa yang tepat waktu "
        "dibagi jumlah desa dikalikan seratus persen sama dengan seratus"
    )
    reads(text, ("jumlah desa yang tepat waktu", "jumlah desa"), (3, 4), Fraction(75))
    reads("Jumlah desa tertib (A) dibagi jumlah desa (B) dikalikan seratus persen atau A/B X 100 % = 100",
          ("Jumlah desa tertib (A)", "jumlah desa (B)"), (3, 4), Fraction(75))
    reads("Jumlah SPJ tepat waktu* / Jumlah SPJ x 100% = 100%", ("Jumlah SPJ tepat waktu", "Jumlah SPJ"),
          (1, 2), Fraction(50))
    reads("Jumlah penduduk miskin dibagi dengan jumlah penduduk dinyatakan dalam satuan persen (%).",
          ("Jumlah penduduk miskin", "jumlah penduduk"), (1, 4), Fraction(25))


def test_the_notes_say_what_was_set_aside() -> None:
    from ikicalc.lang.layout import lay_out

    layout = lay_out("Rumusnya yaitu A / B x 100% = 100")
    assert any("target" in note for note in layout.notes)
    assert len(layout.text) == len("Rumusnya yaitu A / B x 100% = 100")


# ---- 9. a slash without spaces -------------------------------------------------------------------


def test_slash_divides_when_the_cell_shows_it() -> None:
    reads("jml pegawai hadir/jml pegawai*100%", ("jml pegawai hadir", "jml pegawai"), (3, 4),
          Fraction(75))
    reads("Jumlah laporan yang tersedia/ Jumlah laporan", ("Jumlah laporan yang tersedia", "Jumlah laporan"),
          (1, 4), Fraction(1, 4))
    formula = ikicalc.parse("Realisasi/Target x 100%")
    assert formula.variables == ("Realisasi", "Target")
    [guess] = formula.guesses
    assert (guess.chosen, guess.other) == ("Realisasi / Target", "Realisasi/Target")
    assert [d.code for d in ikicalc.lint("Realisasi/Target x 100%")] == ["W110"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jumlah laporan SPJ GU/TU tepat waktu", "Jumlah laporan SPJ GU/TU tepat waktu"),
        ("Berkas KTP/KK yang diproses", "Berkas KTP/KK yang diproses"),
        ("Jumlah Kab/Kota x 100%", "Jumlah Kab/Kota"),
        ("Jumlah pengguna K/L/D/I", "Jumlah pengguna K/L/D/I"),
        ("Jumlah pembayaran jasa telepon/ internet", "Jumlah pembayaran jasa telepon/ internet"),
    ],
)
def test_slash_joins_abbreviations(text: str, name: str) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == (name,)
    assert formula.guesses == ()


# ---- 10. numbers as Indonesians write them -------------------------------------------------------


def test_a_dot_before_three_digits_groups_thousands() -> None:
    assert ikicalc.parse("A x 1.000").evaluate({"A": 2}).exact == 2000
    assert ikicalc.parse("A / 1.206").evaluate({"A": 1206}).exact == 1
    assert ikicalc.parse("A x 81.35").evaluate({"A": 100}).exact == Decimal("8135")
    # a decimal dot elsewhere in the cell says how it writes numbers
    assert ikicalc.parse("A x 0.5 + 1.000").evaluate({"A": 2}).exact == 2
    # a decimal comma elsewhere: the dot groups thousands, no doubt
    formula = ikicalc.parse("A x 0,5 + 1.000")
    assert formula.evaluate({"A": 2}).exact == 1001
    assert formula.guesses == ()
    assert ikicalc.parse("A x 1.000").guesses == ()  # never one written with three zeros
    assert [g.chosen for g in ikicalc.parse("A x 1.206").guesses] == ["1206"]


@pytest.mark.parametrize(
    ("text", "style", "value"),
    [
        ("1.206", "mixed", Decimal("1.206")),
        ("1.206", "indonesian", Decimal(1206)),
        ("1.206", "decimal-comma", Decimal(1206)),
        ("1.206", "decimal-dot", Decimal("1.206")),
        ("1,206", "decimal-dot", Decimal(1206)),
        ("1,206", "indonesian", Decimal("1.206")),
        ("81.35", "indonesian", Decimal("81.35")),
        ("1.250,5", "indonesian", Decimal("1250.5")),
    ],
)
def test_parse_number_styles(text: str, style: str, value: Decimal) -> None:
    assert parse_number(text, style) == value  # type: ignore[arg-type]


def test_number_style_of_a_text() -> None:
    assert number_style("x 1.000 KH") == "indonesian"
    assert number_style("81,35 dan 1.000") == "decimal-comma"
    assert number_style("81.35 dan 1.000") == "decimal-dot"


# ---- read since the new nodes (Σ over an expression, the mean) --------------------------------


@pytest.mark.parametrize(
    ("text", "data", "value"),
    [
        ("Σ (nilai per unsur × bobot)", {"nilai per unsur": [3, 4], "bobot": [2, "0,5"]}, "8"),
        ("Nilai rata-rata (A1, A2, A3)", {"A1": 1, "A2": 2, "A3": 6}, "3"),
    ],
)
def test_formerly_not_supported(text: str, data: dict[str, object], value: str) -> None:
    assert ikicalc.parse(text).evaluate(data).exact == Fraction(value)


def test_an_ambiguous_mean_is_refused_with_both_readings() -> None:
    with pytest.raises(ikicalc.FormulaSyntaxError, match=r"reads two ways.*rata-rata \(A, B, …\)"):
        ikicalc.parse("Nilai rata-rata (A1 + A2 + A3)")


def test_clean_cells_stay_silent_in_lint() -> None:
    for text in ("Jumlah PNS yang hadir / Jumlah PNS x 100%", "jml pegawai hadir/jml pegawai*100%"):
        assert ikicalc.lint(text) == []
