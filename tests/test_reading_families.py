"""Families of formula cells as offices write them (issue 14), one family per test.

Each test reads several cells written the way documents write them (not only the cells of
the public corpus) and checks the variables and the value, so that a rule that only fits
one cell fails here.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc
from ikicalc.lang import ast


def _reads(text: str, variables: list[str], data: dict[str, int], want: Fraction | int) -> None:
    formula = ikicalc.parse(text)
    assert list(formula.variables) == variables
    assert formula.evaluate(data).exact == want
    assert ikicalc.parse(str(formula)) == formula


def _first_name(text: str, first: str, names: int | None = None) -> None:
    """``text`` reads with ``first`` as its first name (and ``names`` names in all, when
    given), and what it prints reads back the same."""
    formula = ikicalc.parse(text)
    assert formula.variables[0] == first
    if names is not None:
        assert len(formula.variables) == names
    assert ikicalc.parse(str(formula)) == formula


# ---- a lone X as a letter of a name (a placeholder: "Indikator X") ------------------------


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        ("Indeks Variabel = Σ Indikator X / Nilai Maksimum X", ["Indikator X", "Nilai Maksimum X"]),
        ("Skor Aspek X / Skor Maksimal Aspek X", ["Skor Aspek X", "Skor Maksimal Aspek X"]),
        ("(Nilai Komponen X) / Bobot x 100%", ["Nilai Komponen X", "Bobot"]),
    ],
)
def test_a_lone_x_before_a_slash_or_a_bracket_is_a_letter(text: str, variables: list[str]) -> None:
    formula = ikicalc.parse(text)
    assert list(formula.variables) == variables
    assert ikicalc.parse(str(formula)) == formula


@pytest.mark.parametrize("text", ["Jumlah A / B x", "Jumlah A x", "A / B X"])
def test_a_dangling_x_without_a_letter_x_elsewhere_is_still_an_error(text: str) -> None:
    with pytest.raises(ikicalc.FormulaSyntaxError, match="ends too early"):
        ikicalc.parse(text)


# ---- a number that opens with 0. is a decimal, never a thousand ---------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("IKLH = (0.376 x IKA) + (0.405 x IKU) + (0.219 x IKL)", Fraction(1000, 1)),
        ("0.376 x IKA + 0.405 x IKU + 0.219 x IKL", Fraction(1000, 1)),
        ("(0.5 x IKA) + (0.25 x IKU) + (0.25 x IKL)", Fraction(1000, 1)),
    ],
)
def test_weights_written_with_a_leading_zero_are_decimals(text: str, want: Fraction) -> None:
    formula = ikicalc.parse(text)
    assert formula.evaluate({"IKA": 1000, "IKU": 1000, "IKL": 1000}).exact == want
    assert formula.guesses == ()


def test_a_dot_before_three_digits_still_groups_thousands() -> None:
    formula = ikicalc.parse("Jumlah kasus / Jumlah penduduk x 1.000")
    assert formula.evaluate({"Jumlah kasus": 3, "Jumlah penduduk": 3}).exact == 1000


# ---- th / thn are tahun --------------------------------------------------------------------


def test_th_and_thn_name_the_same_year() -> None:
    text = "Rumus:\n\n(Prod Th t) – (Prod Th t-1) x 100%\n\nProd Thn t-1"
    formula = ikicalc.parse(text)
    assert len(formula.variables) == 2
    data = {"Prod tahun t": 120, "Prod tahun t-1": 100}
    assert formula.evaluate(data).exact == 20


# ---- a label before ':' (with or without a space) when the formula divides on its own ------


@pytest.mark.parametrize(
    "text",
    [
        "Angka Kesakitan DBD : (Jumlah kasus baru DBD/ Jumlah populasi) x 100.000",
        "Angka Kesakitan DBD: (Jumlah kasus baru DBD / Jumlah populasi) x 100.000",
        "Insiden Rate DBD : Jumlah kasus baru DBD dibagi Jumlah populasi x 100.000",
    ],
)
def test_a_label_before_a_colon_is_set_aside(text: str) -> None:
    _reads(
        text,
        ["Jumlah kasus baru DBD", "Jumlah populasi"],
        {"Jumlah kasus baru DBD": 3, "Jumlah populasi": 300_000},
        1,
    )


def test_a_colon_between_two_names_still_divides() -> None:
    _reads("Realisasi : Target x 100%", ["Realisasi", "Target"], {"Realisasi": 1, "Target": 4}, 25)


# ---- 'Numerator' and 'Denominator' as the names themselves ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Numerator di bagi dengan denominator di kali 100%",
        "Numerator dibagi denominator x 100%",
        "Numerator / Denominator x 100%",
    ],
)
def test_numerator_and_denominator_words_can_be_the_names(text: str) -> None:
    formula = ikicalc.parse(text)
    assert [v.lower() for v in formula.variables] == ["numerator", "denominator"]
    assert formula.evaluate({"numerator": 1, "denominator": 4}).exact == 25


def test_numerator_and_denominator_labels_still_mark_the_parts() -> None:
    _reads(
        "Numerator: Jumlah pasien yang puas Denominator: Jumlah pasien yang disurvei",
        ["Jumlah pasien yang puas", "Jumlah pasien yang disurvei"],
        {"Jumlah pasien yang puas": 1, "Jumlah pasien yang disurvei": 4},
        Fraction(1, 4),
    )


# ---- the middle line of a stacked fraction: '=' of a blank result, repeated, lost label ----

_PETUGAS = ["Jumlah petugas yang melakukan hand hygiene", "Jumlah seluruh petugas"]
_PETUGAS_DATA = {_PETUGAS[0]: 3, _PETUGAS[1]: 4}


@pytest.mark.parametrize(
    "text",
    [
        f"{_PETUGAS[0]}\nx 100% =\nx 100% =\n{_PETUGAS[1]}",  # the export repeated it
        f"{_PETUGAS[0]}\nx 100% =\n{_PETUGAS[1]}",  # the result the form leaves blank
        f"{_PETUGAS[0]}\n= x 100%\n{_PETUGAS[1]}",  # the '=' of a label lost in the export
        f"{_PETUGAS[0]}\n----------------- x 100 % =\n{_PETUGAS[1]}",
        f"{_PETUGAS[0]} .---------------------- x 100 % = {_PETUGAS[1]}",  # one line, a leader
        f"{_PETUGAS[0]} ---------------------- x 100% {_PETUGAS[1]}",
    ],
)
def test_the_middle_line_of_a_stacked_fraction(text: str) -> None:
    _reads(text, _PETUGAS, _PETUGAS_DATA, 75)


def test_a_bar_inside_a_line_without_a_scale_divides() -> None:
    _reads(
        f"{_PETUGAS[0]} ---------------------- {_PETUGAS[1]}",
        _PETUGAS,
        _PETUGAS_DATA,
        Fraction(3, 4),
    )


# ---- a bulleted legend: "• IS Indeks Sosial" ---------------------------------------------


@pytest.mark.parametrize("bullet", ["•", "-", "*", "▪"])
def test_a_bulleted_legend_names_the_symbols(bullet: str) -> None:
    text = (
        f"IDM = 1/3 (IS + IEK + IL)\n  {bullet} IDM Indeks Desa Membangun\n"
        f"  {bullet} IS Indeks Sosial\n  {bullet} IEK Indeks Ekonomi\n"
        f"  {bullet} IL Indeks Lingkungan (Ekologi)"
    )
    names = ["Indeks Sosial", "Indeks Ekonomi", "Indeks Lingkungan (Ekologi)"]
    _reads(text, names, dict.fromkeys(names, 3), 3)


# ---- a fraction whose bar the export lost; the scale left where the export put it ---------

_USILA = [
    "Jumlah usila memperoleh yankes di fasyankes pada wilayah dan kurun waktu tertentu",
    "Jumlah seluruh usila di wilayah dan kurun waktu yang sama",
]


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        # the scale on a line of its own inside the denominator's lines, a blank line above
        (
            f"{_USILA[0]}\n\nJumlah seluruh usila di\n100%\nwilayah dan kurun waktu yang sama",
            _USILA,
        ),
        # the scale at the end of the numerator's first line, the numerator wraps
        (
            "Jumlah pasien rawat jalan dengan waktu x 100%\ntunggu ≤ 60 menit\n"
            "Jumlah pasien rawat jalan yang diobservasi",
            [
                "Jumlah pasien rawat jalan dengan waktu tunggu ≤ 60 menit",
                "Jumlah pasien rawat jalan yang diobservasi",
            ],
        ),
        # a field's title interleaved, the scale after the denominator's first line
        (
            "Jumlah Keluarga Sehat\nFormulasi Perhitungan : Jumlah Keluarga di wilayah "
            "Kabupaten dalam kurun waktu x 100%\nsatu tahun",
            [
                "Jumlah Keluarga Sehat",
                "Jumlah Keluarga di wilayah Kabupaten dalam kurun waktu satu tahun",
            ],
        ),
        # two paragraphs, the scale alone between them after the numerator
        (
            "Jumlah balita ditimbang yang naik berat badannya\n\nx 100%\n\n"
            "Jumlah balita yang ditimbang",
            ["Jumlah balita ditimbang yang naik berat badannya", "Jumlah balita yang ditimbang"],
        ),
    ],
)
def test_a_lost_bar_is_put_back_and_the_scale_applies_to_the_whole(
    text: str, variables: list[str]
) -> None:
    _reads(text, variables, dict(zip(variables, (3, 4), strict=True)), 75)


def test_a_wrapped_name_is_not_a_fraction() -> None:
    formula = ikicalc.parse("Jumlah dokumen perencanaan\nyang disusun tepat waktu")
    assert formula.variables == ("Jumlah dokumen perencanaan yang disusun tepat waktu",)


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah Waktu yang dibutuhkan Jumlah pengaduan kejadian bencana",
        "Jumlah Waktu yang dibutuhkan\nJumlah pengaduan kejadian bencana",
    ],
)
def test_two_quantities_side_by_side_are_a_fraction_and_a_guess(text: str) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == ("Jumlah Waktu yang dibutuhkan", "Jumlah pengaduan kejadian bencana")
    assert formula.evaluate(dict(zip(formula.variables, (6, 3), strict=True))).exact == 2
    assert any("bar was lost" in guess.reason for guess in formula.guesses)
    assert "W110" in {d.code for d in ikicalc.lint(text)}


@pytest.mark.parametrize("text", ["Jumlah PNS Jumlah", "Jumlah air bersih Total"])
def test_a_counting_word_alone_at_the_end_counts_nothing(text: str) -> None:
    # found by hypothesis (session 7): the lost bar made 'Jumlah PNS / Jumlah' one name
    assert ikicalc.parse(text).expr == ast.Variable(text)


def test_one_quantity_is_not_split() -> None:
    text = "Jumlah pelanggaran K3 hasil laporan masyarakat maupun patroli rutin"
    assert ikicalc.parse(text).variables == (text,)


# ---- the numerator's line ends in 'x', the scale on the next line; a label over lines ------


@pytest.mark.parametrize(
    "text",
    [
        "Pencapaian\n\nKinerja\n\n=\n\nRencana - (Realisasi-Rencana) x\n\n100%\n\nRencana",
        "Pencapaian Kinerja\n=\nRencana - (Realisasi - Rencana) x\n100%\nRencana",
    ],
)
def test_a_scale_under_a_dangling_x_is_the_middle_line(text: str) -> None:
    formula = ikicalc.parse(text)
    assert formula.label == "Pencapaian Kinerja"
    assert formula.variables == ("Rencana", "Realisasi")
    assert formula.evaluate({"Rencana": 100, "Realisasi": 110}).exact == 90


def test_a_lone_equals_after_the_numerator_stays_out_of_the_way() -> None:
    text = "Jumlah kriminalitas\n=\nx 1.000\nJumlah penduduk"
    _reads(text, ["Jumlah kriminalitas", "Jumlah penduduk"], {"Jumlah kriminalitas": 5,
           "Jumlah penduduk": 1000}, 5)


# ---- a hyphen that subtracts a variable of the formula; a growth without its brackets ------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Realisasi-Target / Target x 100%", 10),
        ("(Realisasi-Target) / Target x 100%", 10),
    ],
)
def test_a_hyphen_subtracts_when_a_side_is_a_variable(text: str, want: int) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == ("Realisasi", "Target")
    assert formula.evaluate({"Realisasi": 110, "Target": 100}).exact == want
    assert formula.guesses


@pytest.mark.parametrize(
    "text", ["Jumlah e-KTP / Jumlah KTP", "Jumlah Rapat-Rapat / Jumlah Rapat", "Jumlah Kab-Kota / Jumlah Kota"]
)
def test_a_hyphen_inside_a_word_stays(text: str) -> None:
    formula = ikicalc.parse(text)
    assert len(formula.variables) == 2
    assert formula.guesses == ()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Volume air baku (m3)−Volume produksi riil (m3) / Volume air baku (m3) ×100%", 25),
        ("Tingkat Kehilangan Air = Air diproduksi - Air terjual / Air diproduksi x 100%", 25),
    ],
)
def test_a_quantity_less_a_ratio_over_itself_is_a_loss(text: str, want: int) -> None:
    formula = ikicalc.parse(text)
    produced, sold = formula.variables
    assert formula.evaluate({produced: 400, sold: 300}).exact == want
    assert any("growth or a loss" in guess.reason for guess in formula.guesses)


def test_growth_over_the_last_year() -> None:
    formula = ikicalc.parse("PDRB t - PDRB t-1 / PDRB t-1 x 100%")
    assert formula.evaluate({"PDRB t": 110, "PDRB t-1": 100}).exact == 10


@pytest.mark.parametrize("text", ["100% - A / B x 100%", "A - B / C x 100%", "A - A / B"])
def test_other_differences_keep_their_precedence(text: str) -> None:
    assert ikicalc.parse(text).guesses == ()


# ---- 'persentase A terhadap B': a ratio in percent, said in words --------------------------


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (
            "persentase jumlah anak yang bersekolah di tingkat SD/MI terhadap jumlah penduduk "
            "usia 7-12 tahun",
            ["jumlah anak yang bersekolah di tingkat SD/MI", "jumlah penduduk usia 7-12 tahun"],
        ),
        (
            "Persentase Jumlah ASN yang mengikuti diklat terhadap Jumlah seluruh ASN",
            ["Jumlah ASN yang mengikuti diklat", "Jumlah seluruh ASN"],
        ),
        ("Prosentase realisasi anggaran terhadap pagu anggaran", ["realisasi anggaran", "pagu anggaran"]),
    ],
)
def test_a_percentage_of_one_quantity_against_another(text: str, variables: list[str]) -> None:
    _reads(text, variables, dict(zip(variables, (1, 4), strict=True)), 25)


def test_a_restated_percentage_stays_a_name() -> None:
    assert ikicalc.parse("Persentase ASN yang disiplin").variables == (
        "Persentase ASN yang disiplin",
    )


def test_a_stray_number_before_satuan_persen() -> None:
    text = "perbandingan antara jumlah A terhadap jumlah B, dinyatakan dalam 305 satuan persen"
    _reads(text, ["jumlah A", "jumlah B"], {"jumlah A": 1, "jumlah B": 4}, 25)


# ---- symbols with a time index and their definitions on the same line ---------------------


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (
            "PUM = JUM-(n-1) / JUM-n * 100% PUM = Pertumbuhan Usaha Mikro JUM-(n-1) = Total "
            "Usaha Mikro tahun (n-1) JUM-n = Total Usaha Mikro tahun n",
            ["Total Usaha Mikro tahun (n-1)", "Total Usaha Mikro tahun n"],
        ),
        (
            "LPE = PDRB-(t) / PDRB-(t-1) x 100% Keterangan: PDRB-(t) = PDRB tahun berjalan "
            "PDRB-(t-1) = PDRB tahun sebelumnya",
            ["PDRB tahun berjalan", "PDRB tahun sebelumnya"],
        ),
    ],
)
def test_symbols_with_a_time_index_take_their_definitions(
    text: str, variables: list[str]
) -> None:
    _reads(text, variables, dict(zip(variables, (1, 4), strict=True)), 25)


def test_a_spaced_minus_before_a_bracket_still_subtracts() -> None:
    _reads("A -(B)", ["A", "B"], {"A": 5, "B": 3}, 2)


# ---- legends: a header at the end of the formula's line, one-letter symbols after 'dimana' ---

_ADUAN = ["Jumlah pengaduan yang diselesaikan", "Jumlah pengaduan yang diterima"]


@pytest.mark.parametrize(
    "text",
    [
        f"P = A / B x 100%, dengan:\nA = {_ADUAN[0]}\nB = {_ADUAN[1]}",
        f"P = A / B x 100%\ndengan :\nA : {_ADUAN[0]}\nB : {_ADUAN[1]}",
        f"P = A / B x 100%\nDimana:\nP = Persentase pengaduan\nA = {_ADUAN[0]}\nB = {_ADUAN[1]}",
        f"P = (A/B) x 100% dimana A = {_ADUAN[0]}, B = {_ADUAN[1]}",
        f"P = (A/B) x 100% Keterangan: A = {_ADUAN[0]}; B = {_ADUAN[1]}.",
        f"(A/B) x 100%\nKeterangan:\nA = {_ADUAN[0]}\nB = {_ADUAN[1]}",
    ],
)
def test_a_legend_after_its_header_names_one_letter_symbols(text: str) -> None:
    _reads(text, _ADUAN, dict(zip(_ADUAN, (1, 4), strict=True)), 25)


def test_one_letter_definitions_without_a_header_are_not_a_legend() -> None:
    # a filled-in form: the values after '=' are data, not names
    formula = ikicalc.parse("A = 2720 ------- x 100 % B = 31500")
    assert formula.variables == ("A", "B")


# ---- a comparison at the end of a name; an abbreviation's period inside brackets ----------


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Jumlah desa dengan IDM ≥ 0,7 / Jumlah desa x 100%", "Jumlah desa dengan IDM ≥ 0,7"),
        (
            "Jumlah puskesmas dengan capaian ≥ 80% / Jumlah puskesmas x 100%",
            "Jumlah puskesmas dengan capaian ≥ 80%",
        ),
        ("Jumlah balita dengan BB/U <-2SD / Jumlah balita x 100%", "Jumlah balita dengan BB/U <-2SD"),
        ("Jumlah rumah dengan skor > 70 dibagi Jumlah rumah x 100%", "Jumlah rumah dengan skor > 70"),
    ],
)
def test_a_comparison_with_its_number_ends_a_name(text: str, first: str) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables[0] == first
    assert len(formula.variables) == 2


def test_a_comparison_between_names_is_still_refused() -> None:
    with pytest.raises(ikicalc.FormulaSyntaxError, match="comparisons are not formulas"):
        ikicalc.parse("A ≤ B")


@pytest.mark.parametrize("word", ["dll.", "dsb.", "dst."])
def test_an_abbreviation_keeps_its_period_inside_brackets(word: str) -> None:
    text = f"Jumlah dokumen (RKA, DPA, {word}) yang tepat waktu / Jumlah dokumen x 100%"
    assert ikicalc.parse(text).variables[0] == f"Jumlah dokumen (RKA, DPA, {word}) yang tepat waktu"


# ---- a slash between two names of several words, where × 100% needs a ratio ---------------


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        ("Nilai Realisasi Anggaran/Pagu Anggaran x 100%", ["Nilai Realisasi Anggaran", "Pagu Anggaran"]),
        ("Realisasi/Target x 100%", ["Realisasi", "Target"]),
    ],
)
def test_a_slash_that_must_divide_is_a_guess(text: str, variables: list[str]) -> None:
    formula = ikicalc.parse(text)
    assert list(formula.variables) == variables
    assert formula.guesses
    assert "W110" in {d.code for d in ikicalc.lint(text)}


@pytest.mark.parametrize("text", ["Jumlah Kab/Kota x 100%", "Jumlah SPJ GU/TU tepat waktu x 100%"])
def test_a_slash_between_short_pieces_stays_a_word(text: str) -> None:
    assert len(ikicalc.parse(text).variables) == 1


# ---- formulas said in sentences ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "variables", "want"),
    [
        (
            "Rasio ini dihitung dengan membagi jumlah dokter dengan jumlah penduduk, lalu "
            "dikalikan 1000 (untuk mendapatkan rasio per 1.000 penduduk).",
            ["jumlah dokter", "jumlah penduduk"],
            250,
        ),
        (
            "APK didapat dengan membagi jumlah siswa (atau jumlah peserta didik), tanpa "
            "memperhitungkan umur, dengan jumlah penduduk usia sekolah.",
            [
                "jumlah siswa (atau jumlah peserta didik), tanpa memperhitungkan umur",
                "jumlah penduduk usia sekolah",
            ],
            Fraction(1, 4),
        ),
        (
            "Nilai yang diperoleh dari perkalian persentase angka kecukupan energi dengan "
            "bobotnya. Semakin tinggi skor PPH, konsumsi pangan semakin beragam.",
            ["persentase angka kecukupan energi", "bobotnya"],
            4,
        ),
        (
            "Misal, APK SD sama dengan jumlah siswa SD dibagi dengan jumlah penduduk usia 7 "
            "sampai 12 tahun.",
            ["jumlah siswa SD", "jumlah penduduk usia 7 sampai 12 tahun"],
            Fraction(1, 4),
        ),
        (
            "Indikator ini mengukur akses layanan. Angka diperoleh dari jumlah desa terlayani "
            "dibagi jumlah desa dikali 100%. Data bersumber dari dinas.",
            ["jumlah desa terlayani", "jumlah desa"],
            25,
        ),
    ],
)
def test_a_formula_said_in_sentences(text: str, variables: list[str], want: Fraction) -> None:
    _reads(text, variables, dict(zip(variables, (1, 4), strict=True)), want)


def test_two_sentences_with_operators_are_left_alone() -> None:
    text = "Jumlah desa dibagi Jumlah kecamatan. Jumlah dusun dikali Jumlah warga"
    with pytest.raises(ikicalc.FormulaSyntaxError):
        ikicalc.parse(text)


def test_divided_into_groups_is_no_division() -> None:
    text = (
        "Tanaman pangan dibagi menjadi 3 kelompok. Produksi tanaman pangan dirumuskan sebagai "
        "berikut: Produksi = Luas Panen (Ha) X Produktivitas (Ton/Ha)"
    )
    formula = ikicalc.parse(text)
    assert formula.variables == ("Luas Panen (Ha)", "Produktivitas (Ton/Ha)")
    name = "Jumlah kegiatan yang dibagi menjadi 3 tahap"
    assert ikicalc.parse(f"{name} / Jumlah kegiatan x 100%").variables[0] == name


def test_a_comma_after_a_bracket_before_an_operator_word() -> None:
    _reads(
        "Nilai SKM (Survey), dikali 100%", ["Nilai SKM (Survey)"], {"Nilai SKM (Survey)": 3}, 300
    )


# ---- legends for a sum; the header and the first entry on one line; '…, dan C = …' ---------

_AKI = ["Konsumsi di Rumah Tangga (KIDRT)", "Konsumsi Luar Rumah Tangga", "Konsumsi Tidak Tercatat"]


@pytest.mark.parametrize(
    "text",
    [
        "AKI = A + B + C dimana : A = Konsumsi di Rumah Tangga (KIDRT), B = Konsumsi Luar "
        "Rumah Tangga, dan C = Konsumsi Tidak Tercatat.",
        "AKI = A + B + C\n\n       dimana :   A = Konsumsi di Rumah Tangga (KIDRT)\n\n"
        "                        B = Konsumsi Luar Rumah Tangga\n\n"
        "                        C = Konsumsi Tidak Tercatat",
        "AKI = A + B + C\nKeterangan:\nA = Konsumsi di Rumah Tangga (KIDRT)\n"
        "B = Konsumsi Luar Rumah Tangga, dan\nC = Konsumsi Tidak Tercatat",
    ],
)
def test_a_legend_of_a_sum(text: str) -> None:
    _reads(text, _AKI, dict.fromkeys(_AKI, 2), 6)


# ---- two quantities in the one name a scale needs as a ratio -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tingkat Partisipasi Pemilih=Jumlah Pemilih yang Menggunakan Hak SuaraJumlah Daftar "
        "Pemilih Tetap×100%",
        "Jumlah Pemilih yang Menggunakan Hak Suara Jumlah Daftar Pemilih Tetap x 100%",
    ],
)
def test_two_quantities_in_one_scaled_name(text: str) -> None:
    names = ["Jumlah Pemilih yang Menggunakan Hak Suara", "Jumlah Daftar Pemilih Tetap"]
    _reads(text, names, dict(zip(names, (1, 4), strict=True)), 25)
    assert "W110" in {d.code for d in ikicalc.lint(text)}


@pytest.mark.parametrize("text", ["Jumlah Total anggaran x 100%", "Total Jumlah ASN x 100%"])
def test_one_quantity_with_two_counting_words_stays_one(text: str) -> None:
    assert len(ikicalc.parse(text).variables) == 1


# ---- stacked fractions: no counting word, the scale under it all, Σ lines ------------------

_DESA = ["Jumlah desa yang memiliki BUMDes", "Jumlah seluruh desa"]


@pytest.mark.parametrize(
    "text",
    [
        f"Persentase desa = {_DESA[0]} x 100%\n{_DESA[1]}",
        f"Persentase desa =\n{_DESA[0]}\n{_DESA[1]}\nx 100%",
        f"x 100%\n{_DESA[0]}\n{_DESA[1]}",
        f"{_DESA[0]}\n\n{_DESA[1]}\n\nx 100 %",
        f"{_DESA[0]}\n--------------------\n{_DESA[1]}\nx 100%",
        f"{_DESA[0]}\n--------------------\n{_DESA[1]}\nX 100 %",
        f"{_DESA[0]}\n------------------ X 100%\n{_DESA[1]}\n\nKeterangan: data dari DPMD",
        f"{_DESA[0]}\n------------------------------ x 100 %\n{_DESA[1]}\n= …%",
        f"Σ {_DESA[0]}\nΣ {_DESA[1]}\nx 100%",
    ],
)
def test_stacked_fractions_as_exports_leave_them(text: str) -> None:
    formula = ikicalc.parse(text)
    assert [v.removeprefix("Σ ") for v in formula.variables] == _DESA
    assert formula.evaluate(dict(zip(formula.variables, (1, 4), strict=True))).exact == 25


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        ("Realisasi PAD\nTarget PAD\nx 100%", ["Realisasi PAD", "Target PAD"]),
        ("Nilai ekspor\n\nNilai impor\nx 100%", ["Nilai ekspor", "Nilai impor"]),
    ],
)
def test_two_lines_and_a_scale_are_a_fraction(text: str, variables: list[str]) -> None:
    _reads(text, variables, dict(zip(variables, (1, 4), strict=True)), 25)


# ---- more operator words; furniture around the formula -------------------------------------

_MANDIRI = ["Jumlah desa mandiri", "jumlah desa"]


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah desa mandiri dibandingkan dengan jumlah desa dikali 100%",
        "Jumlah desa mandiri dibandingkan jumlah desa x 100%",
        "Jumlah desa mandiri per jumlah desa x 100%",
        "Jumlah desa mandiri / jumlah desa x 100% ¹",
        "Jumlah desa mandiri¹ / jumlah desa² x 100%",
        "Jumlah desa mandiri / jumlah desa x 100%*",
        "Jumlah desa mandiri / jumlah desa x 100% (dalam persen)",
        "Jumlah desa mandiri / jumlah desa x 100% (target 100%)",
        "“Jumlah desa mandiri / jumlah desa x 100%”",
        "Jumlah desa mandiri / jumlah desa X 100% ;",
        "Jumlah desa mandiri / jumlah desa x 100%\n= ....... %",
    ],
)
def test_operator_words_and_furniture(text: str) -> None:
    _reads(text, _MANDIRI, dict(zip(_MANDIRI, (1, 4), strict=True)), 25)


def test_per_before_a_number_or_a_word_is_a_rate_or_a_name() -> None:
    _reads("Jumlah nilai per unsur / Jumlah unsur", ["Jumlah nilai per unsur", "Jumlah unsur"],
           {"Jumlah nilai per unsur": 1, "Jumlah unsur": 4}, Fraction(1, 4))
    _reads("Jumlah kasus / Jumlah penduduk per 1.000 penduduk", ["Jumlah kasus", "Jumlah penduduk"],
           {"Jumlah kasus": 1, "Jumlah penduduk": 4}, 250)


def test_a_unit_in_superscript_stays() -> None:
    formula = ikicalc.parse("Jumlah penduduk / luas wilayah (Km²)")
    assert formula.variables == ("Jumlah penduduk", "luas wilayah (Km²)")


# ---- x as a symbol: x1, X1, x_1 with their legend; lettered legends ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "P = (x1/x2) * 100%\nx1 = Jumlah desa mandiri\nx2 = jumlah desa",
        "P = (X1/X2) x 100%\nX1 : Jumlah desa mandiri\nX2 : jumlah desa",
        "$P=\\frac{x_{1}}{x_{2}}\\times 100\\%$\n$x_1$ = Jumlah desa mandiri\n$x_2$ = jumlah desa",
        "P = (a/b) x 100%\nketerangan:\na. Jumlah desa mandiri\nb. jumlah desa",
        "\\[ \\frac{\\text{Jumlah desa mandiri}}{\\text{jumlah desa}} \\times 100\\% \\]",
    ],
)
def test_symbols_that_look_like_operators_or_list_letters(text: str) -> None:
    _reads(text, _MANDIRI, dict(zip(_MANDIRI, (1, 4), strict=True)), 25)


# ---- the label's words interleaved beside a stacked fraction; brackets on two lines --------

_BALITA = ["Jumlah balita yang ditimbang", "Jumlah seluruh balita"]


@pytest.mark.parametrize(
    "text",
    [
        f"Cakupan     {_BALITA[0]}\nPenimbangan = ------------------- x 100%\nBalita      {_BALITA[1]}",
        f"Cakupan {_BALITA[0]}\nPenimbangan = x 100%\nBalita {_BALITA[1]}",
        f"({_BALITA[0]})\n({_BALITA[1]}) x 100%",
        f"IKM =\n{_BALITA[0]}\n------------ x 100%\n{_BALITA[1]}",
        f"{_BALITA[0]} / {_BALITA[1]} x 100 % ( persen )",
    ],
)
def test_stacked_with_the_label_beside_it(text: str) -> None:
    _reads(text, _BALITA, dict(zip(_BALITA, (1, 4), strict=True)), 25)


def test_a_filled_in_form_on_one_line_drops_its_equals_signs() -> None:
    text = (
        "Jumlah Penduduk usia 15 thn ke atas dapat baca tulis = ------------------ x 100 % "
        "Jumlah penduduk usia 15 thn ke atas ="
    )
    names = ["Jumlah Penduduk usia 15 thn ke atas dapat baca tulis", "Jumlah penduduk usia 15 thn ke atas"]
    _reads(text, names, dict(zip(names, (1, 4), strict=True)), 25)


# ---- legends above the formula, '(A) …' lines, units after a definition --------------------


@pytest.mark.parametrize(
    "text",
    [
        f"a = {_BALITA[0]}\nb = {_BALITA[1]}\nRumus: a/b x 100%",
        f"Keterangan:\na = {_BALITA[0]}\nb = {_BALITA[1]}\n(a/b) x 100%",
        f"A/B x 100%\n(A) {_BALITA[0]}\n(B) {_BALITA[1]}",
        f"A/B x 100%\nA = {_BALITA[0]} (orang)\nB = {_BALITA[1]} (orang)",
        f"(a : b) x 100%\na = {_BALITA[0]}\nb = {_BALITA[1]}",
        f"Rumus = A/B x 100%\nKeterangan :\nA = {_BALITA[0]}\nB = {_BALITA[1]}",
    ],
)
def test_legends_above_below_and_with_units(text: str) -> None:
    _reads(text, _BALITA, dict(zip(_BALITA, (1, 4), strict=True)), 25)


def test_a_word_in_brackets_after_a_definition_stays() -> None:
    text = "IDM = (IS + IL) / 2\n  • IS Indeks Sosial\n  • IL Indeks Lingkungan (Ekologi)"
    assert ikicalc.parse(text).variables == ("Indeks Sosial", "Indeks Lingkungan (Ekologi)")


# ---- said in words: hasil bagi, perbandingan antara … dan …, rasio … terhadap … ------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (f"Hasil bagi {_BALITA[0]} dengan {_BALITA[1]} dikali 100%", 25),
        (f"Perbandingan antara {_BALITA[0]} dan {_BALITA[1]} dikali 100%", 25),
        (f"{_BALITA[0]} dibagi {_BALITA[1]} kemudian hasilnya dikalikan 100%", 25),
        (f"Rasio {_BALITA[0]} terhadap {_BALITA[1]}", Fraction(1, 4)),
    ],
)
def test_operations_said_in_words(text: str, want: Fraction) -> None:
    _reads(text, _BALITA, dict(zip(_BALITA, (1, 4), strict=True)), want)


# ---- a duration and a plus sign inside names -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Jumlah pengaduan yg ditindaklanjuti dlm 1x24 jam / Jumlah pengaduan x 100%",
            "Jumlah pengaduan yg ditindaklanjuti dlm 1x24 jam",
        ),
        (
            "Jumlah pasien yang dilayani ≤ 2 x 24 jam / Jumlah pasien x 100%",
            "Jumlah pasien yang dilayani ≤ 2 x 24 jam",
        ),
        ("Jumlah kasus TB BTA+ yang sembuh / Jumlah kasus TB BTA+ x 100%", "Jumlah kasus TB BTA+ yang sembuh"),
    ],
)
def test_durations_and_positive_cases_stay_in_names(text: str, first: str) -> None:
    _first_name(text, first, names=2)


def test_a_count_times_a_number_still_multiplies() -> None:
    formula = ikicalc.parse("Jumlah kunjungan x 2")
    assert formula.evaluate({"Jumlah kunjungan": 3}).exact == 6


# ---- a qualifier in brackets opened by a number; explanations and purposes in sentences ----


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Jumlah bayi (0-11 bulan) yang diimunisasi / Jumlah bayi (0-11 bulan) x 100%",
            "Jumlah bayi (0-11 bulan) yang diimunisasi",
        ),
        ("Jumlah penduduk (15 tahun ke atas) yang bekerja / Jumlah penduduk x 100%",
         "Jumlah penduduk (15 tahun ke atas) yang bekerja"),
    ],
)
def test_a_qualifier_in_brackets_opened_by_a_number(text: str, first: str) -> None:
    _first_name(text, first)


def test_a_scale_in_brackets_still_multiplies() -> None:
    formula = ikicalc.parse("(A / B) (100)")
    assert formula.evaluate({"A": 1, "B": 4}).exact == 25


def test_an_explanation_and_a_purpose_around_the_operands() -> None:
    text = (
        "TPAK dihitung dengan membagi jumlah angkatan kerja yaitu penduduk usia 15 tahun ke "
        "atas yang bekerja dengan total penduduk usia kerja, kemudian hasilnya dikalikan "
        "seratus persen untuk mendapatkan persentasenya."
    )
    names = ["jumlah angkatan kerja", "total penduduk usia kerja"]
    _reads(text, names, dict(zip(names, (1, 4), strict=True)), 25)


# ---- operations said in words apply in the order they are said -----------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Nilai A ditambah Nilai B dibagi 2", 3),
        ("Nilai A ditambah dengan Nilai B, dibagi 2", 3),
        ("Nilai A dikurangi Nilai B dibagi Nilai B dikali 100%", 100),
    ],
)
def test_words_apply_in_the_order_they_are_said(text: str, want: int) -> None:
    formula = ikicalc.parse(text)
    first, second = formula.variables[0], formula.variables[1]
    assert formula.evaluate({first: 4, second: 2}).exact == want
    assert "W110" in {d.code for d in ikicalc.lint(text)}


def test_a_dependency_ratio_said_in_words() -> None:
    text = (
        "jumlah penduduk berumur 0-14 tahun, ditambah dengan jumlah penduduk 65 tahun ke "
        "atas/jumlah penduduk usia 15-64 tahun"
    )
    names = [
        "jumlah penduduk berumur 0-14 tahun",
        "jumlah penduduk 65 tahun ke atas",
        "jumlah penduduk usia 15-64 tahun",
    ]
    _reads(text, names, dict(zip(names, (1, 3, 8), strict=True)), Fraction(1, 2))


def test_symbols_keep_their_precedence() -> None:
    formula = ikicalc.parse("Nilai A + Nilai B / 2")
    assert formula.evaluate({"Nilai A": 4, "Nilai B": 2}).exact == 5
    assert formula.guesses == ()


# ---- the label's column interleaved on the lines of a flattened fraction -------------------


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (
            "SPM = Σ Masyarakat terlayani x 100\nCakupan Σ Proyeksi total masyarakat\nPelayanan",
            ["Masyarakat terlayani", "Proyeksi total masyarakat"],
        ),
        (
            "Cakupan lingkungan = Jumlah lingkungan yg didukung PSU x 100\nyang sehat dan aman "
            "Jumlah lingkungan perumahan\nyang didukung PSU",
            ["Jumlah lingkungan yg didukung PSU", "Jumlah lingkungan perumahan"],
        ),
    ],
)
def test_the_label_column_beside_a_flattened_fraction(text: str, variables: list[str]) -> None:
    formula = ikicalc.parse(text)
    assert [v.removeprefix("Σ ") for v in formula.variables] == variables
    assert formula.evaluate(dict(zip(formula.variables, (1, 4), strict=True))).exact == 25


# ---- legends said with 'adalah', split on one line, values in a form, case of symbols ------


@pytest.mark.parametrize(
    "text",
    [
        f"A/B x 100%\nKeterangan: A adalah {_MANDIRI[0]}, B adalah {_MANDIRI[1]}",
        f"A/B x 100%\nA adalah {_MANDIRI[0]}\nB adalah {_MANDIRI[1]}",
        f"A/B x 100%\nA merupakan {_MANDIRI[0]}\nB merupakan {_MANDIRI[1]}",
        f"A/B x 100%\nA =\n{_MANDIRI[0]}\nB =\n{_MANDIRI[1]}",
        f"(A/B) x 100% dimana A: {_MANDIRI[0]}; B: {_MANDIRI[1]}",
        f"A/B x 100% dengan A = {_MANDIRI[0]} dan B = {_MANDIRI[1]}",
        f"A/B x 100%, A = {_MANDIRI[0]}, B = {_MANDIRI[1]}",
        f"A / B x 100 %\nA = {_MANDIRI[0]}\nB = {_MANDIRI[1]}\n*) data tahun berjalan",
    ],
)
def test_more_ways_to_write_a_legend(text: str) -> None:
    _reads(text, _MANDIRI, dict(zip(_MANDIRI, (1, 4), strict=True)), 25)


def test_symbols_that_differ_in_case_keep_their_own_names() -> None:
    names = ["jumlah kasus", "jumlah populasi"]
    _reads("n/N x 100%\nn = jumlah kasus\nN = jumlah populasi", names,
           dict(zip(names, (1, 4), strict=True)), 25)


# ---- fillers and remarks inside the formula's words ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah desa mandiri dibagi dengan jumlah desa yang kemudian dikalikan 100%",
        "Jumlah desa mandiri dibagi jumlah desa dikalikan dengan angka 100",
        "Jumlah desa mandiri / jumlah desa x 100 (seratus) persen",
        "Jumlah desa mandiri (Sumber: DPMD) / jumlah desa (Sumber: BPS) x 100%",
        "Definisi Operasional: Persentase desa mandiri.\nRumus: Jumlah desa mandiri / jumlah desa x 100%",
    ],
)
def test_fillers_and_remarks_around_the_operands(text: str) -> None:
    formula = ikicalc.parse(text)
    assert [v.lower() for v in formula.variables] == [v.lower() for v in _MANDIRI]
    assert formula.evaluate(dict(zip(formula.variables, (1, 4), strict=True))).exact == 25


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Jumlah PAD Th. 2023 / Jumlah Pendapatan Th. 2023 x 100%", "Jumlah PAD Th. 2023"),
        (
            "Jumlah Pelanggaran Perda No. 5 Tahun 2019 yang ditindak / Jumlah Pelanggaran x 100%",
            "Jumlah Pelanggaran Perda No. 5 Tahun 2019 yang ditindak",
        ),
    ],
)
def test_abbreviations_before_a_number(text: str, first: str) -> None:
    _first_name(text, first)


# ---- hospital indicator sheets (INM): parts defined, then the formula over their names -----

_PASIEN = ["Jumlah pasien yang puas", "Jumlah seluruh pasien yang disurvei"]


@pytest.mark.parametrize(
    "text",
    [
        f"Numerator: {_PASIEN[0]}\nDenominator: {_PASIEN[1]}\nFormula: Numerator / Denominator x 100%",
        f"Numerator = {_PASIEN[0]}\nDenominator = {_PASIEN[1]}\nRumus = (Numerator/Denominator) x 100%",
        f"Pembilang: {_PASIEN[0]}\nPenyebut: {_PASIEN[1]}\nRumus: Pembilang/Penyebut x 100%",
        f"Metode Perhitungan: {_PASIEN[0]} / {_PASIEN[1]} x 100%",
        f"Cara Perhitungan/Rumus: {_PASIEN[0]} / {_PASIEN[1]} x 100%",
        f"Formula Perhitungan :\n{_PASIEN[0]}\n------------------------- x 100%\n{_PASIEN[1]}",
        f"{_PASIEN[0]} / {_PASIEN[1]} x 100% (Permenkes No. 30 Tahun 2022)",
        f"{_PASIEN[0]} / {_PASIEN[1]} x 100 %\nStandar: ≥ 76,61",
        f"{_PASIEN[0]} / {_PASIEN[1]} x 100 %\nTarget: 100%",
        f"{_PASIEN[0]} / {_PASIEN[1]} x 100 % ; Target ≥ 80%",
        f"% = {_PASIEN[0]} / {_PASIEN[1]} x 100%",
        f"{_PASIEN[0]}\n━━━━━━━━━━━━━━━━ x 100%\n{_PASIEN[1]}",
        f"{_PASIEN[0]}\n.............................. x 100%\n{_PASIEN[1]}",
        f"{_PASIEN[0]}\n…………………………… x 100%\n{_PASIEN[1]}",
    ],
)
def test_indicator_sheets(text: str) -> None:
    _reads(text, _PASIEN, dict(zip(_PASIEN, (1, 4), strict=True)), 25)


def test_a_percent_unit_after_a_ratio_is_not_a_scale() -> None:
    _reads(f"{_PASIEN[0]} / {_PASIEN[1]} (%)", _PASIEN, dict(zip(_PASIEN, (1, 4), strict=True)),
           Fraction(1, 4))


@pytest.mark.parametrize(
    "text",
    [
        "Realisasi belanja\nlangsung x 100%\nAnggaran belanja\nlangsung",
        "Realisasi belanja langsung x 100%\nAnggaran belanja\nlangsung",
    ],
)
def test_the_scale_beside_a_lost_bar_marks_it_a_guess(text: str) -> None:
    names = ["Realisasi belanja langsung", "Anggaran belanja langsung"]
    _reads(text, names, dict(zip(names, (1, 4), strict=True)), 25)
    assert "W110" in {d.code for d in ikicalc.lint(text)}


@pytest.mark.parametrize(
    "text",
    [
        "$\\frac{\\mathrm{JDM}}{\\mathrm{JD}} \\times 100\\%$\nJDM = Jumlah desa mandiri\nJD = jumlah desa",
        "$\\left(\\frac{JDM}{JD}\\right) \\times 100\\%$ dimana JDM = Jumlah desa mandiri, JD = jumlah desa",
        "$P = \\frac{JDM}{JD} \\times 100\\%$, dengan JDM adalah Jumlah desa mandiri dan JD adalah "
        "jumlah desa",
        "\\(\\frac{JDM}{JD} \\times 100\\%\\)\nJDM: Jumlah desa mandiri\nJD: jumlah desa",
        "A. Jumlah desa mandiri\nB. jumlah desa\nA/B x 100%",
        "Jumlah desa mandiri\n―――――――――――― x 100%\njumlah desa",
    ],
)
def test_latex_symbols_and_lettered_legends(text: str) -> None:
    _reads(text, _MANDIRI, dict(zip(_MANDIRI, (1, 4), strict=True)), 25)


# ---- definitions that carry the arithmetic (metadata portals, BPS) -------------------------


@pytest.mark.parametrize(
    ("text", "variables", "want"),
    [
        (
            "TPT adalah persentase jumlah pengangguran terhadap jumlah angkatan kerja.",
            ["jumlah pengangguran", "jumlah angkatan kerja"],
            25,
        ),
        (
            "APS adalah proporsi dari semua anak usia sekolah yang sedang sekolah terhadap jumlah "
            "penduduk usia sekolah yang sama",
            ["semua anak usia sekolah yang sedang sekolah", "jumlah penduduk usia sekolah yang sama"],
            Fraction(1, 4),
        ),
        (
            "Diperoleh dengan cara membandingkan jumlah desa mandiri dengan jumlah desa dikali 100%",
            ["jumlah desa mandiri", "jumlah desa"],
            25,
        ),
        (
            "Angka ini didapat dari hasil pembagian antara jumlah penduduk miskin dengan jumlah "
            "penduduk dikali 100%",
            ["jumlah penduduk miskin", "jumlah penduduk"],
            25,
        ),
        (
            "Jumlah penduduk miskin dibanding jumlah penduduk x 100%",
            ["Jumlah penduduk miskin", "jumlah penduduk"],
            25,
        ),
        (
            "Merupakan hasil bagi jumlah penduduk miskin dengan jumlah penduduk, dinyatakan dalam "
            "persen",
            ["jumlah penduduk miskin", "jumlah penduduk"],
            25,
        ),
    ],
)
def test_definitions_that_carry_the_arithmetic(
    text: str, variables: list[str], want: Fraction
) -> None:
    _reads(text, variables, dict(zip(variables, (1, 4), strict=True)), want)


def test_a_percentage_with_dengan_as_a_preposition_is_not_a_ratio() -> None:
    text = "Persentase desa dengan status mandiri"
    assert ikicalc.parse(text).variables == (text,)


@pytest.mark.parametrize(
    "text",
    [
        "dilakukan dengan metode Pembobotan Analytic Hierarchy Process (AHP)",
        "Menggunakan metode Geometri",
        "Berdasarkan PermenPAN 12 Tahun 2015",
        "Merupakan nilai komposit hasil survei",
    ],
)
def test_a_sentence_read_as_one_name_is_prose(text: str) -> None:
    assert "W106" in {d.code for d in ikicalc.lint(text)}


@pytest.mark.parametrize(
    "text", ["Nilai SKM", "Jumlah desa mandiri / Jumlah desa x 100%", "Realisasi / Target x 100%"]
)
def test_a_clean_formula_gets_no_alarm_from_the_reading(text: str) -> None:
    codes = {d.code for d in ikicalc.lint(text)}
    assert not codes & {"W106", "W110"}


# ---- a Word equation flattened one piece a line; expressions over a lost bar ---------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Rumus:\nPrevalensi Stunting (%)\n=\nJumlah balita pendek + sangat pendek\n"
            "Jumlah balita yang diukur\n×\n100\n%",
            Fraction(100, 2),
        ),
        ("Jumlah balita pendek + sangat pendek\nJumlah balita yang diukur\nx 100%", Fraction(100, 2)),
    ],
)
def test_a_word_equation_one_piece_a_line(text: str, want: Fraction) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == ("Jumlah balita pendek", "sangat pendek", "Jumlah balita yang diukur")
    assert formula.evaluate(dict(zip(formula.variables, (1, 1, 4), strict=True))).exact == want


def test_a_sum_under_a_lost_bar() -> None:
    formula = ikicalc.parse("Jumlah A\nJumlah B + Jumlah C\nx 100%")
    assert formula.evaluate({"Jumlah A": 1, "Jumlah B": 1, "Jumlah C": 3}).exact == 25


def test_a_spaced_em_dash_subtracts() -> None:
    text = (
        "Jumlah kejadian konflik tahun n — Jumlah kejadian konflik tahun n-1\n=\nx 100 %\n"
        "Jumlah kejadian konflik tahun n-1"
    )
    formula = ikicalc.parse(text)
    now, before = formula.variables
    assert formula.evaluate({now: 12, before: 10}).exact == 20


# ---- numbers, ranges and slashes inside names ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Jumlah penduduk usia 60+ yang diskrining / Jumlah penduduk usia 60+ x 100%",
            "Jumlah penduduk usia 60+ yang diskrining",
        ),
        (
            "Jumlah pasien dengan tekanan darah ≥140/90 mmHg / Jumlah pasien x 100%",
            "Jumlah pasien dengan tekanan darah ≥140/90 mmHg",
        ),
        (
            "Jumlah bayi usia 0 sampai 11 bulan yang diimunisasi / Jumlah bayi x 100%",
            "Jumlah bayi usia 0 sampai 11 bulan yang diimunisasi",
        ),
        ("Jumlah PNS golongan III/a ke atas / Jumlah PNS x 100%", "Jumlah PNS golongan III/a ke atas"),
    ],
)
def test_numbers_and_slashes_inside_names(text: str, first: str) -> None:
    _first_name(text, first, names=2)


def test_a_slash_between_two_quantities_with_an_abbreviation() -> None:
    formula = ikicalc.parse("Realisasi PAD/Target PAD x 100%")
    assert formula.variables == ("Realisasi PAD", "Target PAD")
    assert formula.guesses


# ---- multipliers: a constant named after the formula, a rate remark ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah kasus baru / Jumlah penduduk beresiko x k (k = 100.000)",
        "Jumlah kasus baru / Jumlah penduduk beresiko x k, dengan k = 100.000",
        "Jumlah kasus baru / Jumlah penduduk beresiko x K\ndimana K = 100.000",
        "(Jumlah kasus baru / Jumlah penduduk beresiko) x 100.000 (per 100.000 penduduk)",
    ],
)
def test_a_rate_with_its_constant(text: str) -> None:
    names = ["Jumlah kasus baru", "Jumlah penduduk beresiko"]
    _reads(text, names, dict(zip(names, (3, 300_000), strict=True)), 1)


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah desa mandiri = A\njumlah desa = B\nA/B x 100%",
        "A/B x 100%\nJumlah desa mandiri = A\njumlah desa = B",
        "A/B x 100%\nKet:\n1. A = Jumlah desa mandiri\n2. B = jumlah desa",
        "A/B x 100%\nKeterangan:\n- A : Jumlah desa mandiri\n- B : jumlah desa",
    ],
)
def test_legends_name_first_or_numbered(text: str) -> None:
    _reads(text, _MANDIRI, dict(zip(_MANDIRI, (1, 4), strict=True)), 25)


@pytest.mark.parametrize(
    "text",
    [
        "\\sum_{i=1}^{n} x_i / n",
        "$\\frac{\\sum_{i=1}^{n} x_i}{n}$",
        "Σ_{i=1}^{n} x_i / n",
    ],
)
def test_the_limits_of_a_sum_are_set_aside(text: str) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == ("x_i", "n")
    assert formula.evaluate({"x_i": [1, 2, 3], "n": 3}).exact == 2


# ---- BPS metadata in LaTeX: legends of subscripted symbols and of sums ---------------------


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (
            "$$AKB=\\frac{D_{0}}{\\sum LH}\\times1000$$\nKeterangan:\n$D_{0}$ = Jumlah kematian "
            "bayi\n$\\sum LH$ = Jumlah kelahiran hidup",
            ["Jumlah kematian bayi", "Jumlah kelahiran hidup"],
        ),
        (
            "$P_{ij} = \\frac{X_{ij}}{Y_{j}} \\times 100$\ndimana:\n$X_{ij}$ : jumlah rumah tangga\n"
            "$Y_j$ : jumlah seluruh rumah tangga",
            ["jumlah rumah tangga", "jumlah seluruh rumah tangga"],
        ),
        (
            "$TPAK=\\frac{AK}{PUK}\\times100\\%$ Keterangan: TPAK = Tingkat Partisipasi Angkatan "
            "Kerja; AK = Angkatan kerja; PUK = Penduduk usia kerja",
            ["Angkatan kerja", "Penduduk usia kerja"],
        ),
    ],
)
def test_latex_metadata_with_legends(text: str, variables: list[str]) -> None:
    assert list(ikicalc.parse(text).variables) == variables


def test_a_percent_sign_before_a_latex_label() -> None:
    formula = ikicalc.parse("$\\%KK=\\frac{KK_{lk}}{KK}\\times100\\%$")
    assert formula.label == "KK"
    assert formula.evaluate({"KK_lk": 1, "KK": 4}).exact == 25


@pytest.mark.parametrize(
    "text",
    [
        f"{_PETUGAS[0]}\n________ X 100 % = …%\n{_PETUGAS[1]}",
        f"{_PETUGAS[0]}\n________ X 100 % = ....... %\n{_PETUGAS[1]}",
        f"{_PETUGAS[0]} ---------- x 100% = ....... % {_PETUGAS[1]}",
        f"{_PETUGAS[0]}\nx\n100 %\n{_PETUGAS[1]}",
    ],
)
def test_the_blank_result_of_a_form_beside_the_bar(text: str) -> None:
    _reads(text, _PETUGAS, _PETUGAS_DATA, 75)


def test_the_canonical_text_is_read_as_it_says() -> None:
    # evidence readings (a growth without brackets …) never apply to a formula's own text
    literal = ikicalc.parse("Nilai A - Nilai B / Nilai A × 100%")
    assert literal.guesses == ()
    assert str(literal) == "Nilai A - Nilai B / Nilai A × 100%"
    export = ikicalc.parse("Nilai A - Nilai B / Nilai A x 100%")
    assert export.evaluate({"Nilai A": 4, "Nilai B": 2}).exact == 50
    assert ikicalc.parse(str(export)) == export


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah penduduk miskin dibagi jumlah penduduk. Kemudian dikalikan 100 persen.",
        "Jumlah penduduk miskin dibagi jumlah penduduk. Dikalikan 100%",
        "Jumlah penduduk miskin dibagi jumlah penduduk, hasilnya dikalikan dengan 100%.",
        "Jumlah penduduk miskin dibagi jumlah penduduk lalu dikali 100%",
    ],
)
def test_the_scale_in_a_sentence_of_its_own(text: str) -> None:
    names = ["Jumlah penduduk miskin", "jumlah penduduk"]
    _reads(text, names, dict(zip(names, (1, 4), strict=True)), 25)


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        # atrbpn-indikator-kinerja-pubhtml5#03: a letter with its number on each side of the
        # slash is two symbols, whatever surrounds them
        ("((A/A1)+(B/B1))/2", ("A", "A1", "B", "B1")),
        ("(A/B)+(C/D)", ("A", "B", "C", "D")),
        ("X1/X2 x 100%", ("X1", "X2")),
    ],
)
def test_a_slash_between_two_symbols_divides(text: str, variables: tuple[str, ...]) -> None:
    assert ikicalc.parse(text).variables == variables


@pytest.mark.parametrize(
    "text", ["GU/TU x 100%", "Jumlah pegawai S1/D4 / Jumlah pegawai", "usia 0 s/d 5 tahun"]
)
def test_abbreviations_and_sampai_dengan_keep_their_slash(text: str) -> None:
    assert any("/" in name for name in ikicalc.parse(text).variables)
