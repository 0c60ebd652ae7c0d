"""A name's time closes it (ikicalc/lang/timed.py): the SPM's "… kurun waktu tertentu" ends
the numerator of a flattened stack; the label centred on the middle line after it, the bar
lost after it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import ikicalc

ROOT = Path(__file__).resolve().parent.parent


def _names(text: str) -> tuple[str, ...]:
    return tuple(ikicalc.parse(text).variables)


def test_label_centred_after_the_time() -> None:
    # banggai-puskesmas-simpong-spm-kesehatan-scribd#02
    text = (
        "Jumlah Ibu Hamil yang Memperoleh Pelayanan\n\n\nAntenatal K4 di satu Wilayah Kerja "
        "Pada Kurun\nWaktu tertentu\nPersentase (%) Cakupan Kunjungan\nx100%\nIbu Hamil K4\n"
        "Jumlah Sasaran Ibu Hamil di satu Wilayah Kerja\nDalam Kurun Waktu Yang Sama"
    )
    assert _names(text) == (
        "Jumlah Ibu Hamil yang Memperoleh Pelayanan Antenatal K4 di satu Wilayah Kerja Pada "
        "Kurun Waktu tertentu",
        "Jumlah Sasaran Ibu Hamil di satu Wilayah Kerja Dalam Kurun Waktu Yang Sama",
    )


def test_label_on_the_middle_line_too() -> None:
    # banggai-puskesmas-simpong-spm-kesehatan-scribd#04
    text = (
        "Jumlah Komplikasi Kebidanan Yang Mendapat\n\n\nPenanganan Definitif di Satu Wilayah "
        "Kerja pada\nKurun Waktu Tertentu\nPersentase (%) Cakupan Komplikasi\nKebidanan Yang = "
        "Ditangani x 100%\nJumlah Ibu Dengan Komplikasi Kebidanan di Satu\nWilayah Kerja Pada "
        "Kurun Waktu Yang Sama"
    )
    assert _names(text)[0].endswith("pada Kurun Waktu Tertentu")
    assert _names(text)[1].startswith("Jumlah Ibu Dengan")


def test_bar_lost_after_the_time() -> None:
    # acehsingkil-dinkes-renstra-2018-2022-kesmas-scribd#02
    text = (
        "AKI = Jumlah kematian ibu disuatu\nwilayah dalam kurun waktu tertentu\nkelahiran "
        "hidup diwilayah dalam kurun\nwaktu yang sama X 100.000"
    )
    formula = ikicalc.parse(text)
    assert tuple(formula.variables) == (
        "Jumlah kematian ibu disuatu wilayah dalam kurun waktu tertentu",
        "kelahiran hidup diwilayah dalam kurun waktu yang sama",
    )
    values = {"Jumlah kematian ibu disuatu wilayah dalam kurun waktu tertentu": 3,
              "kelahiran hidup diwilayah dalam kurun waktu yang sama": 1500}  # fmt: skip
    assert formula.evaluate(values).exact == 200


def test_no_same_time_no_split() -> None:
    # the denominator does not say "yang sama": nothing shows where it starts
    text = (
        "Jumlah kematian ibu disuatu\nwilayah dalam kurun waktu tertentu\nkelahiran "
        "hidup diwilayah dalam kurun\nwaktu lima tahun X 100.000"
    )
    try:
        names = _names(text)
    except ikicalc.IkiError:
        return
    assert "kelahiran hidup diwilayah dalam kurun waktu lima tahun" not in names


def test_title_case_read_folded() -> None:
    # a cell in Title Case is read regardless of case (lang/casing.py): the label's lines
    # round the middle line are still the label's
    text = (
        "Jumlah Jam Kerja Biasanya Dalam\nSeminggu Di Suatu Wilayah Pada Kurun\nWaktu Tertentu\n"
        "Cakupan Pelayanan\n= ________________________ x 100\nAir Minum Layak\n"
        "Jumlah Realisasi Anggaran Di Wilayah\nDan Kurun Waktu Yang Sama"
    )
    assert _names(text) == (
        "Jumlah Jam Kerja Biasanya Dalam Seminggu Di Suatu Wilayah Pada Kurun Waktu Tertentu",
        "Jumlah Realisasi Anggaran Di Wilayah Dan Kurun Waktu Yang Sama",
    )


def test_the_place_after_the_time_is_the_names() -> None:
    # "… pada kurun waktu tertentu" / "di wilayah kerja puskesmas": the name goes on with a
    # preposition, no label
    text = (
        "Jumlah bayi yang diimunisasi pada kurun waktu tertentu\ndi wilayah kerja puskesmas\n"
        "x 100%\nJumlah bayi pada kurun waktu yang sama"
    )
    assert _names(text)[0].endswith("di wilayah kerja puskesmas")


def test_work_half_floor() -> None:
    sys.path.insert(0, str(ROOT))
    from benchmarks.stacks_timed import BENCHMARK
    from tests.public_scoring import read_cell

    cells = [cell for _, _, cell in BENCHMARK.variants("work")]
    right = sum(read_cell(cell).right for cell in cells)
    assert right >= 400, f"{right} / {len(cells)}"


def test_a_product_over_a_number_alone() -> None:
    # puskesmas-indikator-p4m-diare-tbc-2022-scribd#01: the bar lost between a product and
    # the constant under it (as kulonprogo-perbup-56-2011 #03 writes "… x BDD" / "x 100%" / "100")
    formula = ikicalc.parse("214 x jumlah penduduk\n1000")
    assert formula.variables == ("jumlah penduduk",)
    assert formula.evaluate({"jumlah penduduk": 5000}).exact == 1070


def test_a_legend_of_an_index_glued_to_the_names() -> None:
    # kemendikbud-kspstk-lkj-2023-github#03 (its letters in plain type): "ax" ends every name,
    # the legend under "Keterangan:" says what it indexes; the names keep it
    text = (
        "KS dan TAS Tersediaax\nIndeks Ketersesiaan Tendikax =\nJumlah Sekolah Negeriax\n"
        "Keterangan:\nax     = merepresentasikan kepala sekolah (KS) dan tenaga administrasi "
        "sekolah (TAS) di\nsekolah x"
    )
    assert _names(text) == ("KS dan TAS Tersediaax", "Jumlah Sekolah Negeriax")


def test_the_line_under_a_middle_line_is_no_note() -> None:
    # kulonprogo-perbup-15-2011-spm-kesehatan-github#03: the denominator under the bar's line
    # was set aside as a note under a whole formula ("Jumlah desa /" read as a division)
    formula = ikicalc.parse("Jumlah desa /\nkelurahan UCI\nx 100%\nSeluruh desa/kelurahan")
    assert "Seluruh desa/kelurahan" in formula.variables


def test_no_scale_a_blank_line_and_a_label_before() -> None:
    # profil-kesehatan-do-2019-426334021#02 as typed without its OCR's breaks: the label's
    # words before the numerator's counting word, a blank line, the denominator's time
    formula = ikicalc.parse(
        "Kepadatan Penduduk Jumlah penduduk di suatu wilayah pada kurun waktu tertentu\n\n"
        "Luas wilayah (km2) pada kurun waktu yang sama"
    )
    assert formula.variables == (
        "Jumlah penduduk di suatu wilayah pada kurun waktu tertentu",
        "Luas wilayah (km2) pada kurun waktu yang sama",
    )


def test_lines_joined_after_the_time() -> None:
    # acehsingkil renstra #02 with its line breaks lost
    formula = ikicalc.parse(
        "AKI = Jumlah kematian ibu disuatu wilayah dalam kurun waktu tertentu kelahiran hidup "
        "diwilayah dalam kurun waktu yang sama X 100.000"
    )
    assert formula.variables == (
        "Jumlah kematian ibu disuatu wilayah dalam kurun waktu tertentu",
        "kelahiran hidup diwilayah dalam kurun waktu yang sama",
    )
    # the time goes on with a place: one name
    one = ikicalc.parse("Jumlah bayi lahir pada tahun tertentu di wilayah yang sama")
    assert len(one.variables) == 1


@pytest.mark.parametrize(
    "text",
    [
        "R = A ------------ B X100%\nKeterangan:\nA = Jumlah desa\nB = Jumlah seluruh desa",
        "A ------------ B X100%\nA = Jumlah desa\nB = Jumlah seluruh desa",
    ],
)
def test_a_bar_inside_the_line_over_a_legend(text: str) -> None:
    # "A ---- B x 100%" (a bar inside the line) over a legend: the scale that ends the
    # formula's line multiplies the fraction, as with no legend (it read A / (B × 100%))
    formula = ikicalc.parse(text)
    values = {"Jumlah desa": 3, "Jumlah seluruh desa": 4}
    assert formula.evaluate(values).exact == 75


def test_a_whole_formula_over_its_legend_is_no_middle_line() -> None:
    # "f(x) = (A + B) / C x 100%" holds its division: no stack's middle line, and the legend
    # under it (the label's own entry, its name on the next lines) is no denominator
    formula = ikicalc.parse(
        "f(x) = (A + B) / C x 100%\nKeterangan simbol :\nf(x) :\nPersentase Peningkatan "
        "Pendanaan\nPembangunan Daerah setiap tahunnya.\nA : Jumlah sampel pangan;\n"
        "B : Jumlah fasilitas jalan;\nC : Jumlah RT dengan sanitasi layak;"
    )
    assert formula.variables == (
        "Jumlah sampel pangan",
        "Jumlah fasilitas jalan",
        "Jumlah RT dengan sanitasi layak",
    )
