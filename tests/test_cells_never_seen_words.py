"""Families of the cells of batch 15 read cold (session 10), each with the real cells (address)
and cells written the same way with other names and lengths: a slash spaced on one side in a
cell of one name wrapped by a narrow column, a formula whose label stood in another column
(``= …``), a time offset wrapped after its hyphen, the words around a formula said in a
sentence."""

from __future__ import annotations

import pytest

import ikicalc
from ikicalc.lang import recovery, run_together

LAPAN = (
    "https://github.com/adhanchaniago/jdih-1/blob/d26a4b1933948a6f1cb673425be9e7c4fdf53fb2/"
    "storage/app/media/20140530082233_perka%206%202013%20compress.pdf"
)
KALTIM = (
    "https://github.com/AliffiaRosita/bapenda/blob/5109e998faca6d5d02e787f01f3e0eb7cc85d016/"
    "public/report-file/"
)


def _reasons(formula: ikicalc.Formula) -> set[str]:
    return {guess.reason for guess in formula.guesses}


@pytest.mark.parametrize(
    ("text", "numerator", "denominator"),
    [
        # LAPAN Perka 6/2013 (LAPAN), its table's narrow column
        ("Laba\nKotor /Penjualan\nBersih", "Laba Kotor", "Penjualan Bersih"),
        (
            "Lamanya Proses\nProduksi /Standar\nWaktu Produksi",
            "Lamanya Proses Produksi",
            "Standar Waktu Produksi",
        ),
        (
            "Lamanya waktu\npenyampaian\nLaporan /Standar\nWaktu penyampaian\nLaporan",
            "Lamanya waktu penyampaian Laporan",
            "Standar Waktu penyampaian Laporan",
        ),
        # written the same way
        (
            "Biaya\nOperasional /Pendapatan\nOperasional",
            "Biaya Operasional",
            "Pendapatan Operasional",
        ),
        (
            "Pendapatan Asli\nDaerah /Total\nPendapatan Daerah",
            "Pendapatan Asli Daerah",
            "Total Pendapatan Daerah",
        ),
        (
            "Biaya Tenaga\nKerja Langsung /Total\nBiaya Produksi",
            "Biaya Tenaga Kerja Langsung",
            "Total Biaya Produksi",
        ),
    ],
)
def test_a_slash_in_a_cell_of_one_name_wrapped_by_a_column(
    text: str, numerator: str, denominator: str
) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == (numerator, denominator)
    assert str(formula) == f"{numerator} / {denominator}"
    if denominator.split()[0] not in ("Total", "Jumlah"):  # (a counting word decides alone)
        assert run_together.WRAPPED_RATIO in _reasons(formula)  # a guess, lint W110
    assert ikicalc.parse(str(formula)) == formula


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah pengguna\ntelepon /Internet",  # one word after the slash: a list
        "Sarana dan prasarana\nGU/TU",  # no space: a word
        "Laba Kotor /Penjualan Bersih",  # one line: no column wrapped it
        "Jumlah desa\nyang menerima /bantuan sosial",  # a phrase in lower case
    ],
)
def test_other_slashes_stay_words(text: str) -> None:
    formula = ikicalc.parse(text)
    assert len(formula.variables) == 1
    assert run_together.WRAPPED_RATIO not in _reasons(formula)


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        # Kaltim Bapenda LKjIP 2021 (report7-1.pdf): the label in the column before
        ("= Realisasi Tahun n : Target\nTahun n x 100%", ("Realisasi Tahun n", "Target Tahun n")),
        ("= Realisasi / Target x 100%", ("Realisasi", "Target")),
        (
            "= Jumlah pegawai hadir dibagi jumlah pegawai dikali 100%",
            ("Jumlah pegawai hadir", "jumlah pegawai"),
        ),
    ],
)
def test_the_equals_sign_of_a_label_in_another_column(
    text: str, variables: tuple[str, ...]
) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == variables
    assert recovery.REASON_LOST_LABEL in _reasons(formula)


@pytest.mark.parametrize("text", ["=A1/B1*100%", "= A1 / B1", "=SUM(A1:A3)"])
def test_a_spreadsheet_formula_keeps_its_error(text: str) -> None:
    with pytest.raises(ikicalc.FormulaSyntaxError, match="spreadsheet"):
        ikicalc.parse(text)


@pytest.mark.parametrize(
    ("text", "old"),
    [
        # Kaltim Bapenda Renstra 2019-2023 (report1-1.pdf): the index wrapped after its hyphen
        (
            "Capaian Kinerja = Realisasi Tahun n - Realisasi Tahun n-\n1 / Realisasi Tahun n-1 "
            "x 100%",
            "Realisasi Tahun n-1",
        ),
        ("PAD tahun t - PAD tahun t-\n1 / PAD tahun t-1 x 100%", "PAD tahun t-1"),
    ],
)
def test_a_time_offset_wrapped_after_its_hyphen(text: str, old: str) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables[1] == old
    assert " = (" in f" = {formula}" or "= (" in str(formula)  # the growth's brackets put back
    assert ikicalc.parse(str(formula)) == formula
