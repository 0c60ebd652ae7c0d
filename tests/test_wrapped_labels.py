"""Batch 15 (issue 14, cause 4): what a narrow column and a table's other column leave in a
cell: a time index broken at a line's end, the ``=`` of a label kept by another column. Real
cells quoted with their id and source, the same layouts with other names."""

from __future__ import annotations

import pytest

from ikicalc.lang.parser import parse


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (  # kaltim-bapenda-renstra-2019-2023-perubahan-github#02
            # (github.com/AliffiaRosita/bapenda, public/report-file/report1-1.pdf)
            "Capaian Kinerja = Realisasi Tahun n - Realisasi Tahun n-\n1 / Realisasi Tahun n-1 "
            "x 100%",
            "Capaian Kinerja = (Realisasi Tahun n - Realisasi Tahun n-1) / Realisasi Tahun n-1 "
            "× 100%",
        ),
        ("PAD t - PAD t-\n1", "PAD t - PAD t-1"),
        ("(PDRB t - PDRB t-\n1) / PDRB t-1 x 100%", "(PDRB t - PDRB t-1) / PDRB t-1 × 100%"),
    ],
)
def test_a_time_index_broken_at_a_line_end_is_one_index(text: str, written: str) -> None:
    formula = parse(text)
    assert str(formula) == written
    assert parse(str(formula)) == formula


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (  # kaltim-bapenda-lkjip-2021-github#02 (github.com/AliffiaRosita/bapenda,
            # public/report-file/report7-1.pdf): the label stood in the column before
            "= Realisasi Tahun n : Target\nTahun n x 100%",
            ("Realisasi Tahun n", "Target Tahun n"),
        ),
        ("= Jumlah A / Jumlah B x 100%", ("Jumlah A", "Jumlah B")),
        ("= Realisasi PAD dibagi Target PAD dikali 100%", ("Realisasi PAD", "Target PAD")),
    ],
)
def test_the_equals_of_a_label_another_column_kept(text: str, variables: tuple[str, ...]) -> None:
    assert parse(text).variables == variables


@pytest.mark.parametrize("text", ["=A1*B1", "=SUM(A1:A3)", "= A1 + B1"])
def test_a_spreadsheet_formula_is_still_refused(text: str) -> None:
    from ikicalc.errors import FormulaSyntaxError

    with pytest.raises(FormulaSyntaxError, match="spreadsheet"):
        parse(text)


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (  # ambon-diskominfo-renstra-2017-2023-github#01 (batch 15): the scale's sign and its
            # number on lines of their own, apart, among the numerator's lines
            "Jumlah Perangkat\nDaerah yang\nx\nMempunyai website\n100%\nJumlah Seluruh\n"
            "Perangkat Daerah",
            ("Jumlah Perangkat Daerah yang Mempunyai website", "Jumlah Seluruh Perangkat Daerah"),
        ),
        (
            "Jumlah desa\nyang memiliki x\nBUMDes aktif\n100%\nJumlah seluruh desa",
            ("Jumlah desa yang memiliki BUMDes aktif", "Jumlah seluruh desa"),
        ),
    ],
)
def test_a_scale_whose_sign_and_number_stand_apart(text: str, variables: tuple[str, ...]) -> None:
    formula = parse(text)
    assert formula.variables == variables
    assert str(formula).endswith("× 100%")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (  # permenpanrb-14-2017-skm-probdg-github#02 (batch 16; github.com/probdg/inspektorat,
            # assets/media/bg/PERMENPAN NOMOR 14 TAHUN 2017.pdf): the SKM of PermenPAN-RB
            # 14/2017, the fraction times the weight on its middle line
            "Total dari Nilai Persepsi Per Unsur\nSKM =                                           "
            "x Nilai Penimbang\nTotal Unsur yang Terisi",
            "SKM = Total dari Nilai Persepsi Per Unsur / Total Unsur yang Terisi × Nilai "
            "Penimbang",
        ),
        (
            "Jumlah nilai per unsur\nIKM =        x Bobot\nJumlah unsur terisi",
            "IKM = Jumlah nilai per unsur / Jumlah unsur terisi × Bobot",
        ),
    ],
)
def test_a_fraction_times_a_name_on_its_middle_line(text: str, written: str) -> None:
    formula = parse(text)
    assert str(formula) == written
    assert formula.guesses


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        # kemendagri-nomenklatur-subkegiatan-definisi-operasional-esakip-github#09 (batch 16)
        # writes "- Biomassa: volume aktual x faktor efisiensi (70-80%)." (a list item, its
        # label and colon, then a product); the same way with other names
        ("- Nilai: Harga satuan x Jumlah unit", ("Harga satuan", "Jumlah unit")),
        ("• Rasio Guru: Jumlah guru / Jumlah murid", ("Jumlah guru", "Jumlah murid")),
    ],
)
def test_a_list_item_label_before_a_product(text: str, variables: tuple[str, ...]) -> None:
    assert parse(text).variables == variables
