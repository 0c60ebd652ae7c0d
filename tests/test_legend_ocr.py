"""Legends read by OCR (issue 14, cause 6): the letters an OCR confuses (``0``/``O``,
``l``/``I``/``1``) in a legend's terms and in its ``adalah`` (``adaiah``). Real cell quoted
with its id, and the same with other terms."""

from __future__ import annotations

import pytest

from ikicalc.lang.parser import parse
from ikicalc.lang.symbols import ocr_alike

# permen-esdm-19-2010-bbg-transcription#01
ESDM = (
    "Harga jual = HcTP+ Toll Fee + lnvestasi + O&M + Margin SPBG +\n\nPajak\n\ndimana:\n\na. "
    "HCTp adalah harga di titik penyerahan, bisa di well head maupun\n\nplan gate pipa hulu;\n\n"
    "b. Toll Fee adalah tarif pengangkutan gas bumi melalui pipa yang\n\nditetapkan oleh Badan "
    "Pengatur;\n\nc. lnvestasi adaiah biaya untuk pembangunan SPBG dan infrastruktur\n\n"
    "pendukungnya;\n\nd. 0 & M adalah biaya pengoperasian dan pemeliharaan SPBG dan\n\n"
    "infrastruktur pendukungnya antara lain biaya tenaga kerja dan\n\nbiaya langganan listrik;"
    "\n\ne. Margin SPBG adalah besarnya keuntungan pengoperasian SPBG;\n\nf. Pajak adalah pajak "
    "bahan bakar untuk kendaraan bermotor."
)


def test_esdm_every_term_named() -> None:
    assert parse(ESDM).variables == (
        "harga di titik penyerahan, bisa di well head maupun plan gate pipa hulu",
        "tarif pengangkutan gas bumi melalui pipa yang ditetapkan oleh Badan Pengatur",
        "biaya untuk pembangunan SPBG dan infrastruktur pendukungnya",
        "biaya pengoperasian dan pemeliharaan SPBG dan infrastruktur pendukungnya antara lain "
        "biaya tenaga kerja dan biaya langganan listrik",
        "besarnya keuntungan pengoperasian SPBG",
        "pajak bahan bakar untuk kendaraan bermotor",
    )


@pytest.mark.parametrize(
    ("formula", "term"),
    [
        ("Biaya = O&M + Margin", "0 & M"),  # 0 for O
        ("Biaya = O & M + Margin", "0&M"),
        ("Biaya = Investasi + Margin", "lnvestasi"),  # l for I
        ("Biaya = lnvestasi + Margin", "Investasi"),
        ("Biaya = Iuran + Margin", "luran"),
    ],
)
def test_a_term_read_apart_by_ocr(formula: str, term: str) -> None:
    text = (
        f"{formula}\ndimana:\na. {term} adalah biaya pokok kegiatan;\n"
        "b. Margin adaiah keuntungan usaha."
    )
    assert parse(text).variables == ("biaya pokok kegiatan", "keuntungan usaha")


def test_only_the_letters_an_ocr_confuses() -> None:
    assert ocr_alike("Biaya = O&M + Margin", "0 & M", set()) == "O&M"
    assert ocr_alike("Biaya = M&O + Margin", "Om", set()) is None
    assert ocr_alike("Biaya = Investasi + Margin", "lnvestasi", set()) == "Investasi"
    assert ocr_alike("Biaya = Investasi + Margin", "lnvestasi", {"Investasi"}) is None
