"""A worked example beside a stacked fraction (issue 14, cause 4; :mod:`ikicalc.lang.examples`):
the document's figures in a column of their own, the middle line repeating its ``= x 100%``
or giving the result. Real cells quoted with their id, and the same with other names,
figures and scales."""

from __future__ import annotations

import pytest

from ikicalc.lang.parser import parse

# lpp-jambi-lkjip-2023-flipbuilder#01
LAPAS_JAMBI = (
    "A 9\n% narapidana yang mendapatkan hak pendidikan = x 100% = x 100%\nB 9\n= 100%\n"
    "Keterangan :\nA = jumlah narapidana yang mendapatkan hak narapidana\nB = jumlah narapidana "
    "yang memiliki latar belakang pendidikan formal"
)


def test_lapas_jambi() -> None:
    formula = parse(LAPAS_JAMBI)
    assert formula.variables == (
        "jumlah narapidana yang mendapatkan hak narapidana",
        "jumlah narapidana yang memiliki latar belakang pendidikan formal",
    )
    assert formula.evaluate({formula.variables[0]: 9, formula.variables[1]: 12}).exact == 75


@pytest.mark.parametrize(
    ("lines", "variables"),
    [
        (
            "Jumlah napi yang lulus 1.250\nPersentase kelulusan = x 100% = x 100%\n"
            "Jumlah napi peserta 1.500\n= 83,33%",
            ("Jumlah napi yang lulus", "Jumlah napi peserta"),
        ),
        (
            "Jumlah pekerja berpendidikan S-1 583\nPersentase = X 100 % = X 100 %\n"
            "Jumlah pekerja 688",
            ("Jumlah pekerja berpendidikan S-1", "Jumlah pekerja"),
        ),
        (
            "PDRB(t) − PDRB(t−1) 160\nPertumbuhan = x100% = x100%\nPDRB(t−1) 300\n= 53,33%",
            ("PDRB(t)", "PDRB(t−1)"),
        ),
        (
            "Jumlah sekolah (SD, SMP) 42\nCapaian = x 100% = 75%\nJumlah sekolah seluruhnya 56",
            ("Jumlah sekolah (SD, SMP)", "Jumlah sekolah seluruhnya"),
        ),
        ("Realisasi 12\nCapaian = × 100 = 80\nTarget 15", ("Realisasi", "Target")),
    ],
)
def test_figures_beside_the_fraction(lines: str, variables: tuple[str, ...]) -> None:
    assert parse(lines).variables == variables


def test_without_the_repeated_scale_the_figures_stay_names() -> None:
    # no example on the middle line: "tahun 2023" ends the name, nothing is set aside
    formula = parse("Jumlah desa mandiri tahun 2023\nPersentase = x 100%\nJumlah desa tahun 2023")
    assert formula.variables == ("Jumlah desa mandiri tahun 2023", "Jumlah desa tahun 2023")


# jabar-diskumkm-lkip-2016-github#03 (batch 12): the bars drawn on the middle line too
DISKUMKM_03 = (
    "Nilai Capaian Target                    16.542\nNilai Capaian = "
    "-------------------------------- x 100% = ----------- x 100 %\nNilai Rencana Target"
    "                    16.478\n= 100,39 %"
)


def test_bars_beside_the_example() -> None:
    assert parse(DISKUMKM_03).variables == ("Nilai Capaian Target", "Nilai Rencana Target")
    other = (
        "Jumlah kegiatan terlaksana        12\nPersentase = ______________ X 100 % = ______ X 100 %"
        "\nJumlah kegiatan direncanakan      16\n= 75 %"
    )
    assert parse(other).variables == ("Jumlah kegiatan terlaksana", "Jumlah kegiatan direncanakan")
