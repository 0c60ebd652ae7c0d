"""What the legend readers of lang/legend_entries.py must leave to the older readers, and the
source of an entry's data after its name (issue 14, cause 6). The shapes are those of dev
cells (karangasem-sidemen-iku#01, kulonprogo-perbup-97-2018-kebijakan-akuntansi-github#04,
jabar-dkp-renstra-review-2017-2018-github#02, pp-19-2008-kecamatan#04,
pmk-20-2024-pnbp-kemenhub-pdf#01) with other names."""

from __future__ import annotations

import pytest

from ikicalc.lang.legend_entries import legend_lines
from ikicalc.lang.parser import parse


@pytest.mark.parametrize(
    "text",
    [
        # a heading's word ('dengan') inside an entry's name: the legend began before it
        "A/B x 100% A = Jumlah sekolah yang dikelola dengan baik B = jumlah seluruh sekolah",
        "A/B x 100% (A = Jumlah sekolah yang dikelola dengan baik, B = jumlah seluruh sekolah)",
        "IKS = A/B x 100% IKS = Indeks kinerja A = Jumlah sekolah yang dikelola dengan baik "
        "B = jumlah seluruh sekolah",
    ],
)
def test_a_heading_word_inside_a_name_opens_no_legend(text: str) -> None:
    assert not legend_lines(list(text))
    assert parse(text).variables == (
        "Jumlah sekolah yang dikelola dengan baik",
        "jumlah seluruh sekolah",
    )


def test_a_subscript_alone_after_the_label_is_a_stack_joined() -> None:
    text = (
        "Formulasi Y A = (n) x 100% X (n) Keterangan : A = Kontribusi produksi padi "
        "X = Jumlah kebutuhan beras (n) tahun ke n Y = Jumlah produksi padi (n) pada tahun ke n"
    )
    assert not legend_lines(list(text))
    assert parse(text).variables == (
        "Jumlah produksi padi pada tahun ke n",
        "Jumlah kebutuhan beras tahun ke n",
    )


def test_a_heading_ending_in_a_comma() -> None:
    text = "A x B x C dimana, A = GT KA B = KM KA C = satuan biaya penggunaan dermaga"
    assert parse(text).variables == ("GT KA", "KM KA", "satuan biaya penggunaan dermaga")


def test_the_commas_of_a_name_written_before_its_symbol() -> None:
    text = "A/B\nKeterangan:\nJumlah guru, tenaga kependidikan, dan pengawas = A\njumlah murid = B"
    assert parse(text).variables == (
        "Jumlah guru, tenaga kependidikan, dan pengawas",
        "jumlah murid",
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Jumlah pegawai, sumber data: BKPSDM", "Jumlah seluruh pegawai, sumber data: Bappeda"),
        ("Jumlah pegawai; sumber: BKPSDM", "Jumlah seluruh pegawai. Sumber data dari Bappeda"),
        ("Jumlah pegawai - sumber: BKPSDM", "Jumlah seluruh pegawai - sumber: Bappeda"),
        ("Jumlah pegawai (data dari BKPSDM)", "Jumlah seluruh pegawai (bersumber dari Bappeda)"),
    ],
)
def test_the_source_after_a_name_is_set_aside(first: str, second: str) -> None:
    text = f"A/B x 100%\nKeterangan:\nA = {first}\nB = {second}"
    assert parse(text).variables == ("Jumlah pegawai", "Jumlah seluruh pegawai")


def test_the_source_on_a_legend_of_one_line() -> None:
    text = (
        "A/B x 100% Keterangan: A = Jumlah pegawai, sumber data: BKPSDM; "
        "B = Jumlah seluruh pegawai, sumber data: Bappeda"
    )
    assert parse(text).variables == ("Jumlah pegawai", "Jumlah seluruh pegawai")


def test_a_name_that_holds_the_word_sumber_keeps_it() -> None:
    text = "A/B x 100%\nA = Jumlah sumber air bersih\nB = Jumlah penduduk yang mendapat air dari sumur"
    assert parse(text).variables == (
        "Jumlah sumber air bersih",
        "Jumlah penduduk yang mendapat air dari sumur",
    )
