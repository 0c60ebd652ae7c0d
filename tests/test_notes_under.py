"""Notes under a formula (issue 14, cause 8): one rule, :func:`ikicalc.lang.restated.lines_after`,
for plain cells and for the HTML of an application's editor (:mod:`ikicalc.lang.markup`
passes the places where a ``<br/>`` broke a line). Both families: real cells quoted with
their id, the same layouts with other words, and the lines the rule must keep."""

from __future__ import annotations

import re

import pytest

from ikicalc.lang.parser import parse
from ikicalc.lang.restated import lines_after


def _after(text: str, breaks: frozenset[int] = frozenset()) -> str:
    chars = list(text)
    lines_after(chars, text, breaks)
    assert len(chars) == len(text)  # the text keeps its length
    return "".join(chars)


# --- plain cells: everything under a whole formula that is all notes


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (  # the way of gunungkidul-pemkab-iku-esakip-github#01, without its tags
            "(Σ luasan Daerah Irigasi yang teraliri air / Σ luasan Daerah Irigasi) x 100%\n"
            "Tipologi data: Non komulatif",
            "Σ luasan Daerah Irigasi yang teraliri air / Σ luasan Daerah Irigasi × 100%",
        ),
        (  # a ratio, then the form's fields
            "Jumlah pengaduan yang diselesaikan / jumlah pengaduan yang masuk x 100%\n"
            "Sumber data: Bagian Umum\nPeriode: tahunan",
            "Jumlah pengaduan yang diselesaikan / jumlah pengaduan yang masuk × 100%",
        ),
        (  # no ratio: a note's line under it
            "Produktivitas x luas panen\nYang dimaksud komoditas unggulan adalah padi dan jagung",
            "Produktivitas × luas panen",
        ),
        (  # a stack, then the source
            "Jumlah rumah sehat\nx 100%\nJumlah rumah yang diperiksa\nSumber data: Dinas "
            "Kesehatan",
            "Jumlah rumah sehat / Jumlah rumah yang diperiksa × 100%",
        ),
        (  # the legend's lines, then the source
            "A / B x 100%\nA = Jumlah desa mandiri\nB = Jumlah desa\nSumber data: BPS",
            "Jumlah desa mandiri / Jumlah desa × 100%",
        ),
        (  # a sum said in a definition, then the metadata's fields on lines of their own
            "Jumlah kunjungan wisatawan adalah jumlah dari wisatawan nusantara dan wisatawan "
            "mancanegara yang berkunjung ke obyek wisata dalam satu tahun.\nSatuan: orang\n"
            "Sumber data: Dinas Kebudayaan dan Pariwisata",
            "wisatawan nusantara + wisatawan mancanegara yang berkunjung ke obyek wisata dalam "
            "satu tahun",
        ),
    ],
)
def test_plain_notes_under_a_formula_are_set_aside(text: str, written: str) -> None:
    formula = parse(text)
    assert str(formula) == written
    assert parse(str(formula)) == formula


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah A / Jumlah B x 100% dalam kurun waktu\nsatu tahun",  # the name goes on
        "Jumlah kematian bayi x 1.000\nJumlah kelahiran hidup",  # a denominator
        "(Jumlah A +\nJumlah B) / 2\nRata-rata",  # no ratio and no note's line
        "A / B\nA = Jumlah desa",  # a legend defines
        "(Jumlah A +\nJumlah B) / (Jumlah C +\nJumlah D)",  # the lines of the formula
    ],
)
def test_plain_lines_that_are_no_notes_stay(text: str) -> None:
    assert _after(text) == text


# --- HTML cells: paragraphs of notes, opened where a tag broke the line


def test_html_notes_open_where_a_tag_broke_the_line() -> None:
    # gunungkidul-pemkab-iku-esakip-github#07: the office and the period under the formula
    text = (
        "Rumus:<br/>\n&Sigma; luasan lahan kritis dikurangi \t&Sigma; luasan lahan kritis "
        "yang terehabilitasi<br/>\nDinas Lingkungan Hidup<br/>\nLaporan tahunan<br/>\n"
        "Tipologi data: Non komulatif"
    )
    assert str(parse(text)) == "Σ luasan lahan kritis - Σ luasan lahan kritis yang terehabilitasi"
    # the same way of writing, other words: a legend's entries stay, the notes go
    other = (
        "IKM = (A + B) / 2<br/>\nA = Nilai pelayanan<br/>\nB = Nilai pengaduan<br/>\n"
        "Bagian Organisasi<br/>\nTipologi data: Non komulatif"
    )
    assert parse(other).variables == ("Nilai pelayanan", "Nilai pengaduan")


def test_html_entry_goes_on_over_a_line_no_tag_broke() -> None:
    text = "IPU = A / B<br/>\nA = Indeks Pencemaran\nUdara<br/>\nTipologi data: Non komulatif"
    breaks = frozenset(m.end() for m in re.finditer(r"<br/>\n", text))
    plain = text.replace("<br/>", "     ")
    laid = _after(plain, breaks)
    assert "Udara" in laid  # the entry's line, no tag before it
    assert "Tipologi" not in laid


# --- a note on the formula's own line, its line break lost


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (  # gunungkidul-pemkab-iku-esakip-github#10, its line breaks lost
            "Rumus:<br/> &Sigma;  nilai unsur kecepatan pelayanan /&Sigma;  kuesioner yang "
            "terisi Tipologi data: Non Komulatif",
            "Σ nilai unsur kecepatan pelayanan / Σ kuesioner yang terisi",
        ),
        ("A / B x 100% Sumber data: Dinas Kesehatan", "A / B × 100%"),
        (
            "Jumlah desa mandiri / Jumlah desa x 100% Tipologi data: Komulatif",
            "Jumlah desa mandiri / Jumlah desa × 100%",
        ),
    ],
)
def test_a_field_after_the_formula_on_its_line(text: str, written: str) -> None:
    formula = parse(text)
    assert str(formula) == written
    assert parse(str(formula)) == formula


def test_a_title_before_the_formula_is_no_note() -> None:
    assert str(parse("Rumus: A / B x 100%")) == "A / B × 100%"
