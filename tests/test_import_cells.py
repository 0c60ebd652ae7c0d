"""The cell readers of the importer: lists in a cell, notes, targets, header spellings."""

from __future__ import annotations

import pytest

from ikicalc.importers.cells import (
    clean_name,
    list_items,
    looks_like_target,
    split_at_first_word,
    split_note,
)
from ikicalc.importers.header import is_numbering_row, match_header, role_of
from ikicalc.importers.metadata import jabatan_of, read_metadata


@pytest.mark.parametrize(
    ("cell", "items", "kind"),
    [
        ("<p>A satu</p> <p>B dua</p>", ["<p>A satu</p>", "<p>B dua</p>"], "p"),
        ("<ol><li>A</li><li>B</li></ol>", ["<li>A</li>", "<li>B</li></ol>"], "p"),
        (r"$\frac{a}{b}$ $\frac{c}{d}$", [r"$\frac{a}{b}$", r"$\frac{c}{d}$"], "math"),
        ("1. 75 % dari undangan; 2. 25 %", ["75 % dari undangan", "25 %"], "numbered"),
        ("<ul> - Persentase A - Persentase B </ul>", ["Persentase A", "Persentase B"], "bullets"),
        ("para satu\u2029para dua", ["para satu", "para dua"], "paragraphs"),
    ],
)
def test_list_items(cell: str, items: list[str], kind: str) -> None:
    assert list_items(cell) == (items, kind)


@pytest.mark.parametrize(
    "cell",
    [
        "Jumlah dokumen tersusun : 1. dokumen monografi 2. dokumen profil",  # not from 1.
        "3 (tiga) dokumen keuangan: 1. Laporan 2. Laporan",
        "Jumlah Rapat - Rapat Koordinasi",  # reduplication, not bullets
        r"Jumlah yang selesai $\frac{a}{b}$",  # one formula with words before it
    ],
)
def test_cells_that_are_not_lists(cell: str) -> None:
    assert list_items(cell) is None


def test_split_at_first_word() -> None:
    text = "Persentase keaktifan Kampung Salai di tiap Kelurahan Persentase Keaktifan Bank Ramli"
    assert split_at_first_word(text, 2) == [
        "Persentase keaktifan Kampung Salai di tiap Kelurahan",
        "Persentase Keaktifan Bank Ramli",
    ]
    assert split_at_first_word(text, 3) is None


@pytest.mark.parametrize(
    ("cell", "target"),
    [
        ("500 surat", True),
        ("4 jenis, 12 bulan", True),
        ("Target 84", True),
        ("81,35", True),
        ("Kualitas 80%", True),
        ("1000 orang/ tamu, 12 bulan", True),
        ("x 100%", False),
        ("_____x100%", False),
        ("ORSOSMAS", False),
        ("Jumlah laporan tersusun", False),
        ("100 - Jumlah pelanggaran", False),
    ],
)
def test_looks_like_target(cell: str, target: bool) -> None:
    assert looks_like_target(cell) is target


def test_note_and_names() -> None:
    assert split_note("Subag Umum Catatan : hari kerja 240") == ("Subag Umum", "hari kerja 240")
    assert split_note("Data") == ("Data", None)
    assert clean_name("<ol> 1. Biaya Tagihan") == "Biaya Tagihan"
    assert clean_name("1 Nilai Survey") == "Nilai Survey"
    assert clean_name("- Persentase") == "Persentase"


@pytest.mark.parametrize(
    ("cell", "role"),
    [
        ("KINERJA UTAMA/OUTCOME/TUJUAN/SASARAN", "sasaran"),
        ("ASARAN/KINERJA UTAMA", "sasaran"),
        ("99KINERJA UTAMA", "sasaran"),
        ("INDIKATOR KINERJA UTAMA", "indikator"),
        ("PENJELASAN/FORMULAIPENGHITUNGAN", "formula"),
        ("CARA PERHITUNGAN", "formula"),
        ("Metode Penghitungan", "formula"),
        ("DEFINISI OPERASIONAL", "formula"),
        ("RUMUS", "formula"),
        ("SUMBER DATA", "sumber_data"),
        ("PENANGGUNG JAWAB", "penanggung_jawab"),
        ("TARGET 2024", "target"),
        ("SATUAN", "satuan"),
        ("NO", "nomor"),
        ("Meningkatnya kualitas", None),
    ],
)
def test_header_spellings(cell: str, role: str | None) -> None:
    assert role_of(cell) == role


def test_header_rows() -> None:
    columns = match_header(("NO", "SASARAN", "", "INDIKATOR", "FORMULA", "SUMBER DATA"))
    assert columns is not None
    assert columns.groups["sasaran"] == (1, 2)  # the empty header cell joins its left column
    assert match_header(("Meningkatnya", "Persentase", "A / B x 100%")) is None
    assert is_numbering_row(("1", "2", "3", "4"))
    assert is_numbering_row(("(1)", "(2)", "(3)"))
    assert not is_numbering_row(("1", "3"))


def test_metadata_lines() -> None:
    assert jabatan_of("- 1. Jabatan** : **Sekretaris Kecamatan**") == "Sekretaris Kecamatan"
    assert jabatan_of("1. JABATAN : CAMAT") == "CAMAT"
    assert jabatan_of("Jabatan fungsional umum") is None
    meta = read_metadata(
        [
            "PEMERINTAH KABUPATEN MALANG KECAMATAN BULULAWANG",
            "Undang - Undang Nomor 12 Tahun 2011 tentang Pembentukan",
            "NOMOR: 188.45/ 04 /35.07.14/2017",
        ]
    )
    assert (meta.unit, meta.tahun, meta.decree) == (
        "Kecamatan Bululawang",
        2017,
        "188.45/ 04 /35.07.14/2017",
    )
