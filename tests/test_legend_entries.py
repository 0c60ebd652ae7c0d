"""Legend entries as national regulations and Kepja annexes write them (issue 14, cause 6):
a name that ends with a word in brackets that is no unit, symbols with a hyphen. Real cells
quoted with their id in ``tests/data/public-cells.jsonl``, and the same with other names."""

from __future__ import annotations

from fractions import Fraction

import pytest

from ikicalc.lang.exports import FLATTENED_SYMBOLS
from ikicalc.lang.parser import parse
from ikicalc.lang.recovery import REASON_LABEL_AFTER

# kejaksaan-kepja-1184-2025-iku-github#07
CFI = (
    "Perhitungan nilai Indeks kesesuaian kompetensi (competency fit index) aparatur Kejaksaan "
    "RI\nsebagai berikut.\n𝐶𝐹𝐼𝑗 =\n∑ 𝑆𝐾𝑎\n∑ 𝑆𝐾𝑖\n𝑥 100\nCFIj : Indeks kesesuaian kompetensi "
    "(competency fit index) aparatur Kejaksaan RI\n∑ 𝑆𝐾𝑎 : Total penjumlahan skor kompetensi "
    "aparatur Kejaksaan RI\n∑ 𝑆𝐾𝑖 :\nTotal penjumlahan skor kompetensi aparatur berdasarkan "
    "standar\nkompetensi (ideal)\nSKa : Skor kompetensi aparatur Kejaksaan RI\nSKi : Skor "
    "kompetensi apartur berdasarkan standar kompetensi (ideal)"
)


def test_kepja_a_word_in_brackets_ends_the_name() -> None:
    assert parse(CFI).variables == (
        "Skor kompetensi aparatur Kejaksaan RI",
        "Skor kompetensi apartur berdasarkan standar kompetensi (ideal)",
    )


@pytest.mark.parametrize(
    ("entry", "name"),
    [
        ("Jumlah nilai standar (maksimal)", "Jumlah nilai standar (maksimal)"),
        ("Jumlah skor layanan (rata-rata)", "Jumlah skor layanan (rata-rata)"),
        ("Jumlah penduduk miskin (orang)", "Jumlah penduduk miskin"),
        ("Jumlah produksi padi (ton)", "Jumlah produksi padi"),
        ("Luas lahan sawah (Ha)", "Luas lahan sawah"),
        ("Persentase rumah layak (%)", "Persentase rumah layak"),
        # capitalised, as a legend typed in Title Case has it (session 25): a unit if a unit
        ("Jumlah Pengangguran (Orang)", "Jumlah Pengangguran"),
        ("Jumlah Penduduk Miskin (Jiwa)", "Jumlah Penduduk Miskin"),
        ("Jumlah nilai standar (Nasional)", "Jumlah nilai standar (Nasional)"),
    ],
)
def test_a_unit_in_brackets_is_set_aside_a_word_is_not(entry: str, name: str) -> None:
    text = f"P = A / B x 100%\nKeterangan:\nA : {entry}\nB : Jumlah seluruh unit"
    assert parse(text).variables[0] == name


def test_symbols_with_a_hyphen_in_the_legend() -> None:
    # as kejaksaan-kepja-1184-2025-iku-github#05 writes them: a minus sign in the formula
    text = "PK = PD−A / PD−T x 100%\nPD-A : Jumlah pegawai daerah aktif\nPD-T : Jumlah pegawai"
    formula = parse(text)
    assert formula.variables == ("Jumlah pegawai daerah aktif", "Jumlah pegawai")


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (  # pp-76-2010-pnbp-kominfo#03 (PP 76/2010, PNBP Kominfo)
            "= N x K x I x C x B Biaya Hak Penggunaan Izin Pita Spektrum Frekuensi Radio",
            ("N", "K", "I", "C", "B"),
        ),
        ("= P x T x H Pajak Air Permukaan Terutang", ("P", "T", "H")),
        ("= T / W Tarif Layanan per Jam", ("T", "W")),
    ],
)
def test_the_result_named_after_the_formula(text: str, variables: tuple[str, ...]) -> None:
    formula = parse(text)
    assert formula.variables == variables
    assert formula.label == " ".join(text.split()[len(variables) * 2 :])  # the result's name
    assert any(guess.reason == REASON_LABEL_AFTER for guess in formula.guesses)  # lint W110


@pytest.mark.parametrize("text", ["=A1*B1", "= A1 * B1", "=SUM(A1:A9)"])
def test_a_spreadsheet_formula_is_still_refused(text: str) -> None:
    with pytest.raises(ValueError, match="spreadsheet"):
        parse(text)


# beltim-satudata-ntpi#02 (batch 10: Satu Data Belitung Timur, NTPi)
NTPI = (
    "NTPI = (It / Ib) × 100\nPenjelasan:\nIt (Indeks Harga yang Diterima): mencerminkan "
    "perubahan harga hasil produksi budidaya ikan (misalnya ikan konsumsi, benih ikan, udang, "
    "dsb) yang dijual oleh pembudidaya. Ib (Indeks Harga yang Dibayar): mencerminkan perubahan "
    "harga barang dan jasa yang dibeli oleh pembudidaya untuk keperluan produksi (misalnya "
    "pakan, benih, obat-obatan ikan) serta kebutuhan rumah tangga."
)


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (NTPI, ("Indeks Harga yang Diterima", "Indeks Harga yang Dibayar")),
        (
            "IKP = (Ka / Kb) × 100%\nKeterangan:\nKa (Jumlah kegiatan terlaksana): kegiatan "
            "yang selesai dalam tahun berjalan.\nKb (Jumlah kegiatan direncanakan): seluruh "
            "kegiatan dalam dokumen perencanaan.",
            ("Jumlah kegiatan terlaksana", "Jumlah kegiatan direncanakan"),
        ),
    ],
)
def test_the_name_in_brackets_after_the_symbol(text: str, variables: tuple[str, ...]) -> None:
    assert parse(text).variables == variables


@pytest.mark.parametrize(
    ("text", "variables", "data", "value"),
    [
        (  # temanggung-satudata-perpustakaan#02 (batch 10, Satu Data Temanggung)
            "Rata-rata kunjungan perhari tahun N/jumlah penduduk tahun N dibagi nilai standar "
            "menurut IFLA (0,02)",
            ("Rata-rata kunjungan perhari tahun N", "jumlah penduduk tahun N"),
            (1, 100),
            Fraction(1, 2),
        ),
        (
            "Jumlah pengunjung / jumlah penduduk dibagi angka standar nasional (0,5)",
            ("Jumlah pengunjung", "jumlah penduduk"),
            (1, 4),
            Fraction(1, 2),
        ),
    ],
)
def test_a_standard_named_in_words_with_its_value_in_brackets(
    text: str, variables: tuple[str, ...], data: tuple[int, ...], value: Fraction
) -> None:
    formula = parse(text)
    assert formula.variables == variables
    assert formula.evaluate(dict(zip(variables, data, strict=True))).exact == value
    assert parse(str(formula)) == formula


def test_a_year_in_brackets_is_no_value() -> None:
    """The year says when the quantity is counted, no constant of the formula: part of the
    name (session 21; refused before, never a value)."""
    formula = parse("Jumlah penduduk / luas wilayah (2023)")
    assert formula.variables == ("Jumlah penduduk", "luas wilayah (2023)")


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (  # pp-62-2005-pnbp-bps#01 (PP 62/2005, PNBP BPS)
            "(1) Tarif atas jenis Penerimaan Negara Bukan Pajak sebagaimana dimaksud dalam Pasal "
            "1 ayat (1), ditetapkan dengan rumus sebagai berikut: HC t H t = X H o HD",
            ("HC t", "H o", "HD"),
        ),
        ("Tarif dihitung dengan rumus: BP t T t = X K o JH", ("BP t", "K o", "JH")),
    ],
)
def test_a_fraction_of_symbols_flattened_onto_its_middle_line(
    text: str, variables: tuple[str, ...]
) -> None:
    formula = parse(text)
    assert formula.variables == variables
    assert any(guess.reason == FLATTENED_SYMBOLS for guess in formula.guesses)  # lint W110
    data = dict(zip(variables, (6, 2, 4), strict=True))
    assert formula.evaluate(data).exact == Fraction(6 * 2, 4)


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (  # jabar-dishub-lkip-2016-github#08 (batch 11, LKIP Dishub Jabar 2016)
            "Jumlah dermaga\n% Realisasi Indikator Kinerja = --------------------------------------"
            "- X 100 %\nJumlah kebutuhan dermaga",
            ("Jumlah dermaga", "Jumlah kebutuhan dermaga"),
        ),
        (  # jabar-bpbd-lkip-2016-github#01 (batch 11, LKIP BPBD Jabar 2016)
            "Reaisasi\n% Pencapaian Kinerja =                       x 100%\nRencana",
            ("Reaisasi", "Rencana"),
        ),
        (
            "Jumlah desa tangguh bencana\n% Capaian Sasaran = ______________ x 100%\n"
            "Jumlah desa rawan bencana",
            ("Jumlah desa tangguh bencana", "Jumlah desa rawan bencana"),
        ),
    ],
)
def test_a_label_opened_by_the_percent_sign(text: str, variables: tuple[str, ...]) -> None:
    formula = parse(text)
    assert formula.variables == variables
    assert formula.evaluate(dict(zip(variables, (3, 4), strict=True))).exact == 75


@pytest.mark.parametrize(
    "text",
    [
        # jabar-dispenda-lkip-2016-github#01 (batch 11, LKIP Dispenda Jabar 2016)
        "Persentase    Pencapaian                  Realisasi\n=                     X       100 %\n"
        "Rencana Tingkat Capaian                   Rencana",
        "Tingkat    Capaian                  Realisasi\n=           x   100%\n"
        "Sasaran Strategis                   Rencana",
    ],
)
def test_a_label_column_beside_an_equals_line_with_its_scale(text: str) -> None:
    formula = parse(text)
    assert formula.variables == ("Realisasi", "Rencana")
    assert formula.evaluate({"Realisasi": 3, "Rencana": 4}).exact == 75


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (  # jabar-disperindag-lkip-2016-github#01 (batch 11): the label's last word wrapped
            "% Pencapaian         =         Realisasi            x 100 %\n"
            "Kinerja                             Rencana",
            75,
        ),
        (  # jabar-disperindag-lkip-2016-github#02
            "% Pencapaian             = Realisasi – ( Realisasi - Rencana) x 100 %\n"
            "Kinerja                            Rencana",
            100,
        ),
        (  # jabar-dpm-desa-lkip-2016-github#01: the label's first word above the numerator
            "Persentase\nRealisasi\npencapaian                      =                             "
            "X 100 %\nKinerja                               Rencana",
            75,
        ),
        (
            "Tingkat         =         Realisasi            x 100 %\nKeberhasilan          Rencana",
            75,
        ),
    ],
)
def test_a_label_wrapped_around_a_stack(text: str, value: int) -> None:
    formula = parse(text)
    assert formula.variables == ("Realisasi", "Rencana")
    assert formula.evaluate({"Realisasi": 3, "Rencana": 4}).exact == value


def test_a_label_over_two_lines_wrapped_around_a_growth() -> None:
    # jabar-dpm-desa-lkip-2016-github#02 (batch 11)
    text = (
        "Persentase\nPencapaian           =        Realisasi- (Realisasi-Rencana) x 100%\n"
        "Kinerja                                    Rencana"
    )
    assert parse(text).evaluate({"Realisasi": 3, "Rencana": 4}).exact == 100


@pytest.mark.parametrize(
    "text",
    [
        # jabar-dispenda-lkip-2016-github#02 (batch 11): the label before '=' lost
        "Rumus           :\n= Pendapatan Daerah 2016 – Pendapatan Daerah 2015              "
        "                              X 100%\nPendapatan Daerah 2015",
        "Formulasi :\n= Pendapatan Daerah 2016 – Pendapatan Daerah 2015     x 100%\n"
        "Pendapatan Daerah 2015",
    ],
)
def test_an_equals_under_the_fields_title_whose_label_was_lost(text: str) -> None:
    data = {"Pendapatan Daerah 2016": 110, "Pendapatan Daerah 2015": 100}
    assert parse(text).evaluate(data).exact == 10
