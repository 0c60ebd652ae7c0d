"""Stacked fractions whose label the export moved (issue 14, cause 4): after the fraction, or
its words between the lines of the names. Real cells quoted with their source, and the same
layout with other words, and the layouts the rules must leave alone."""

from __future__ import annotations

import pytest

import ikicalc
from ikicalc.lang import ast
from ikicalc.lang.parser import parse


def _names(text: str) -> list[str]:
    expr = parse(text).expr
    return [v.name for v in ast.walk(expr) if isinstance(v, ast.Variable)]


def _ratio(text: str) -> tuple[str, str, ast.Expr]:
    """Numerator, denominator and scale of ``N / D × scale``."""
    expr = parse(text).expr
    assert isinstance(expr, ast.Binary), str(expr)
    assert expr.op is ast.Op.MUL, str(expr)
    ratio = expr.left
    assert isinstance(ratio, ast.Binary), str(expr)
    assert ratio.op is ast.Op.DIV, str(expr)
    assert isinstance(ratio.left, ast.Variable)
    assert isinstance(ratio.right, ast.Variable)
    return ratio.left.name, ratio.right.name, expr.right


# --- the label after the fraction, its '=' ending the cell
@pytest.mark.parametrize(
    ("text", "numerator", "denominator"),
    [
        (  # Permenpera 22/2008, SPM perumahan (text-id.123dok.com/document/oy878em2z-…)
            "Jumlah rumah layak huni di suatu wilayah provinsi pada kurun waktu tertentu Jumlah "
            "rumah di suatu wilayah provinsi pada kurun waktu tertentu\nX 100 Cakupan\nRumah "
            "Layak Huni\n=",
            "Jumlah rumah layak huni di suatu wilayah provinsi pada kurun waktu tertentu",
            "Jumlah rumah di suatu wilayah provinsi pada kurun waktu tertentu",
        ),
        (  # the same layout, the bar kept, the label on one line
            "Jumlah desa yang memiliki BUMDes\n----------\nJumlah seluruh desa\nx 100%\n"
            "Persentase Desa ber-BUMDes\n=",
            "Jumlah desa yang memiliki BUMDes",
            "Jumlah seluruh desa",
        ),
    ],
)
def test_a_label_after_the_fraction_is_set_aside(
    text: str, numerator: str, denominator: str
) -> None:
    assert _ratio(text)[:2] == (numerator, denominator)


def test_words_after_a_scale_on_its_own_line_are_a_rate_not_a_label() -> None:
    # one line: "x 1.000 penduduk" is a rate (A / penduduk × 1000), not a label
    assert _names("Jumlah kematian bayi x 1.000 kelahiran hidup") == [
        "Jumlah kematian bayi",
        "kelahiran hidup",
    ]


# --- the label's words between the lines of the names, its '=' left on the middle line
@pytest.mark.parametrize(
    ("text", "numerator", "denominator"),
    [
        (  # Definisi Operasional PKP (scribd.com/document/380337397/DEFINISI-OPERASIONAL-PKP)
            "Jumlah pengunjung puskesmas yang\nCakupan mendapat KIP/K dalam kurun waktu satu\n"
            "Komunikasi tahun\n= x 100%\nInterpersonal dan\nJumlah seluruh pengunjung puskesmas\n"
            "Konseling (KIP/K)\ndalam kurun waktu satu tahun\n.",
            "Jumlah pengunjung puskesmas yang mendapat KIP/K dalam kurun waktu satu tahun",
            "Jumlah seluruh pengunjung puskesmas dalam kurun waktu satu tahun",
        ),
        (  # the same layout with another indicator's words
            "Jumlah balita yang ditimbang\nCakupan di posyandu pada bulan\nPenimbangan ini\n"
            "= x 100%\nBalita\nJumlah balita yang ada\ndi wilayah kerja",
            "Jumlah balita yang ditimbang di posyandu pada bulan ini",
            "Jumlah balita yang ada di wilayah kerja",
        ),
    ],
)
def test_label_words_between_the_lines_are_set_aside(
    text: str, numerator: str, denominator: str
) -> None:
    assert _ratio(text)[:2] == (numerator, denominator)


@pytest.mark.parametrize(
    "text",
    [
        # Title Case names: a capital on the next line goes on with the name
        "Jumlah Desa yang\nMelaksanakan Musrenbang\n= x 100%\nJumlah Desa",
        # capitals on one side only: no label centred on the middle line
        "Jumlah pengunjung yang\nMendapat pelayanan\n= x 100%\nJumlah pengunjung",
    ],
)
def test_capitals_that_go_on_with_a_name_stay(text: str) -> None:
    numerator = _ratio(text)[0]
    assert numerator.split()[:3] == text.split("\n")[0].split()[:3]
    assert len(numerator.split()) == len(" ".join(text.split("\n")[:2]).split())


# --- Profil Kesehatan "Definisi Operasional" tables (e.g. scribd.com/document/518892617,
# Tabel 52; scribd.com/doc/219759613, Tabel 5): the label column beside the stack
@pytest.mark.parametrize(
    ("text", "numerator", "denominator"),
    [
        (  # the label's words before the numerator's counting word, the bar lost
            "Cakupan pelayanan Jumlah usila memperoleh yankes di fasyankes pada wilayah dan "
            "kurun waktu tertentu\n\nJumlah seluruh usila di\n100%\nwilayah dan kurun waktu "
            "yang sama",
            "Jumlah usila memperoleh yankes di fasyankes pada wilayah dan kurun waktu tertentu",
            "Jumlah seluruh usila di wilayah dan kurun waktu yang sama",
        ),
        (  # one line: the label, the numerator, the scale, the denominator
            "Cakupan ASI Eksklusif Jumlah bayi yang diberi ASI eksklusif x 100% Jumlah seluruh "
            "bayi usia 0-6 bulan",
            "Jumlah bayi yang diberi ASI eksklusif",
            "Jumlah seluruh bayi usia 0-6 bulan",
        ),
        (  # one line: the label after the scale, its '=' last
            "Jumlah bayi yang diberi ASI eksklusif Jumlah seluruh bayi usia 0-6 bulan x 100% "
            "Cakupan ASI Eksklusif =",
            "Jumlah bayi yang diberi ASI eksklusif",
            "Jumlah seluruh bayi usia 0-6 bulan",
        ),
        (  # the label under the denominator, which stands under the scale
            "Jumlah bayi yang diberi ASI eksklusif\nx 100%\nJumlah seluruh bayi usia 0-6 "
            "bulan\nCakupan ASI Eksklusif =",
            "Jumlah bayi yang diberi ASI eksklusif",
            "Jumlah seluruh bayi usia 0-6 bulan",
        ),
        (  # the label wrapped: its second line stands over the denominator
            "Jumlah penduduk usia 15 tahun ke atas yang melek huruf\nPersentase Penduduk = x "
            "100%\nYang Melek Huruf\nJumlah penduduk usia 15 tahun ke atas",
            "Jumlah penduduk usia 15 tahun ke atas yang melek huruf",
            "Jumlah penduduk usia 15 tahun ke atas",
        ),
    ],
)
def test_label_columns_of_profil_kesehatan_tables(
    text: str, numerator: str, denominator: str
) -> None:
    assert _ratio(text)[:2] == (numerator, denominator)


def test_two_quantities_side_by_side_with_numbers_in_their_names() -> None:
    # Profil Kesehatan, Tabel 5 (melek huruf): no bar, no scale, ages inside the names
    text = (
        "Jumlah penduduk usia 15 tahun ke atas yang melek huruf di suatu wilayah pada kurun "
        "waktu tertentu Jumlah penduduk usia 15 tahun ke atas di wilayah dan pada kurun waktu "
        "yang sama"
    )
    expr = parse(text).expr
    assert isinstance(expr, ast.Binary)
    assert expr.op is ast.Op.DIV
    assert _names(text) == [
        "Jumlah penduduk usia 15 tahun ke atas yang melek huruf di suatu wilayah pada kurun "
        "waktu tertentu",
        "Jumlah penduduk usia 15 tahun ke atas di wilayah dan pada kurun waktu yang sama",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a quantity's own words before the counting word: not a label
        "Rata-rata Jumlah kunjungan per hari / Jumlah hari kerja x 100%",
        "Nilai Jumlah Skor / Jumlah Responden",
    ],
)
def test_words_that_make_a_quantity_are_no_label(text: str) -> None:
    assert _names(text)[0].startswith(text.split()[0])


@pytest.mark.parametrize(
    ("text", "numerator", "denominator"),
    [
        (  # the label on a line of its own over the numerator (Profil Kesehatan tables)
            "Persentase Cakupan Imunisasi\nJumlah bayi yang diimunisasi lengkap\n"
            "----------------------------------------\nJumlah bayi x 100%",
            "Jumlah bayi yang diimunisasi lengkap",
            "Jumlah bayi",
        ),
        (  # an acronym in the label's line
            "Cakupan Desa UCI\nJumlah desa/kelurahan UCI\n-------------------------------- X "
            "100%\nJumlah seluruh desa/kelurahan",
            "Jumlah desa/kelurahan UCI",
            "Jumlah seluruh desa/kelurahan",
        ),
        (  # pdftotext -layout: the scale level with the numerator, the label on the bar's line
            "Jumlah BUMDes aktif                 x 100%\nPersentase BUMDes Aktif  =  "
            "----------------------\n                            Jumlah BUMDes",
            "Jumlah BUMDes aktif",
            "Jumlah BUMDes",
        ),
    ],
)
def test_the_label_over_the_fraction_and_the_scale_on_the_numerators_line(
    text: str, numerator: str, denominator: str
) -> None:
    assert _ratio(text)[:2] == (numerator, denominator)


def test_a_line_over_the_numerator_that_is_no_label_stays() -> None:
    # no label's word: the first line goes on with the name
    text = "Nilai Realisasi\nJumlah Anggaran\n--------------\nJumlah Pagu x 100%"
    assert _ratio(text)[0] == "Nilai Realisasi Jumlah Anggaran"


def test_a_lost_bar_under_a_labelled_first_line() -> None:
    # two quantities on two lines, no bar and no scale, the label before the first
    text = "Rata-rata lama penyelesaian = Total waktu penyelesaian\nJumlah dokumen"
    assert str(parse(text)) == (
        "Rata-rata lama penyelesaian = Total waktu penyelesaian / Jumlah dokumen"
    )


def test_the_blank_result_of_a_form_beside_the_bar() -> None:
    # a form's blank result with an ellipsis and dots after the scale ("= ….. %")
    text = (
        "Jumlah pasien puas\n-------------------------- x 100% = ….. %\nJumlah pasien yang disurvei"
    )
    assert _ratio(text)[:2] == ("Jumlah pasien puas", "Jumlah pasien yang disurvei")


@pytest.mark.parametrize(
    ("text", "numerator", "denominator"),
    [
        (  # a label column one word wide, one space from the names (variants_stacked)
            "Persentase Skor Hasil Hitung I\nCapaian = ---------------------- x 100 %\n"
            "Kinerja Skor Ideal i",
            "Skor Hasil Hitung I",
            "Skor Ideal i",
        ),
        (  # two words wide (the label's first words set aside: "Persentase")
            "Persentase Frekuensi GUP tepat waktu\nCapaian Kinerja = ---------- x 100%\n"
            "Keuangan Daerah Frekuensi GUP yang seharusnya diajukan",
            "Frekuensi GUP tepat waktu",
            "Frekuensi GUP yang seharusnya diajukan",
        ),
    ],
)
def test_a_label_column_beside_names_with_no_counting_word(
    text: str, numerator: str, denominator: str
) -> None:
    assert _ratio(text)[:2] == (numerator, denominator)


def test_names_with_no_label_column_keep_their_first_word() -> None:
    # the numerator's line shows no column: "Target" opens the denominator's name
    assert _ratio("Realisasi PAD\nCapaian = ---------- x 100%\nTarget PAD")[:2] == (
        "Realisasi PAD",
        "Target PAD",
    )
    # a label's word may open a name; centred lines (pdftotext -layout) are indented both
    text = "Indeks IPM daerah i\nCakupan = ---------\nRata-rata IPM secara Nasional"
    assert str(parse(text)) == "Cakupan = Indeks IPM daerah i / Rata-rata IPM secara Nasional"
    centred = (
        "      Frekuensi GUP tepat waktu\nCakupan = ------- x 100%\n    Frekuensi GUP diajukan"
    )
    assert _ratio(centred)[:2] == ("Frekuensi GUP tepat waktu", "Frekuensi GUP diajukan")


def test_two_indicators_in_one_cell_stay_two_quantities() -> None:
    # seed row 002-039: two quantities that count different things, a number in one: W108
    text = "Jumlah RT/Rw yang mendapat Insentif Jumlah patroli yang dilaksanakan dalam 1 tahun"
    assert "/" not in str(parse(text)).replace("RT/Rw", "")


@pytest.mark.parametrize(
    ("text", "names"),
    [  # a puskesmas's slide (SlideShare 255268030): the label's colon on the middle line
        ("Jumlah Hasil (N)\nCapaian :\nSasaran x 100", ("Jumlah Hasil (N)", "Sasaran")),
        ("Jumlah pegawai hadir\nPersentase Kehadiran :\nJumlah pegawai x 100%",
         ("Jumlah pegawai hadir", "Jumlah pegawai")),
    ],
)
def test_a_label_and_its_colon_alone_on_the_middle_line(text: str, names: tuple[str, ...]) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == names
    assert formula.evaluate(dict.fromkeys(names, 4) | {names[1]: 8}).exact == 50


def test_a_field_title_and_its_colon_on_the_middle_line_is_no_label() -> None:
    # "Keterangan" is no word of a label: the lines read as before
    formula = ikicalc.parse("Jumlah A\nKeterangan :\nB x 100")
    assert formula.label is None
