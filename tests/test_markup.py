"""HTML as web apps store a formula (issue 14; :mod:`ikicalc.lang.markup`): character
entities, subscripts, line break tags, the app's other fields after the formula. Real cells of
batch 13 quoted with their id, and the same ways of writing with other names."""

from __future__ import annotations

from fractions import Fraction

import pytest

from ikicalc.lang.markup import plain_markup
from ikicalc.lang.parser import parse

# gunungkidul-pemkab-iku-esakip-github#01
GK_01 = (
    "Rumus:<br/>\n(&Sigma; luasan Daerah Irigasi (DI) yang teraliri air irigasi / &Sigma; "
    "luasan Daerah Irigasi)x100%\n<br/>\nTipologi data: Non komulatif"
)
# gunungkidul-pemkab-iku-esakip-github#07
GK_07 = (
    "Rumus:<br/>\n&Sigma; luasan lahan kritis dikurangi \t&Sigma; luasan lahan kritis yang "
    "terehabilitasi<br/>\nDinas Lingkungan Hidup<br/>\nLaporan tahunan<br/>\nTipologi data: "
    "Non komulatif"
)
# gunungkidul-pemkab-iku-esakip-github#08
GK_08 = (
    "Rumus:<br/>\nG=((PDRB<sub>1</sub>-PDRB<sub>0</sub>)/PDRB<sub>0</sub>)x100%<br/>\n\nG "
    "=Laju pertumbuhan ekonomi<br/>\nPDRB<sub>1</sub>=PPDRB ADHK pada suatu tahun<br/>\n"
    "PDRB<sub>0</sub>=PPDRB ADHK pada tahun sebelumnya<br/>\n<br/>\nTipologi data: Non "
    "komulatif"
)
# gunungkidul-pemkab-iku-esakip-github#12
GK_12 = (
    "Rumus:<br/>\nProduktivitas x luas panen<br/>\nYang dimaksud komoditas unggulan tanaman "
    "pangan yaitu: padi, jagung, kedelai, dan ubi kayu<br/>\nTipologi data: Non Komulatif"
)
# gunungkidul-pemkab-iku-esakip-github#10: the field on a line of its own, no tag before it
GK_10 = (
    "Rumus:<br/>\n&Sigma;  nilai unsur kecepatan pelayanan /&Sigma;  kuesioner yang terisi\n"
    "Tipologi data: Non Komulatif"
)


def test_gunungkidul() -> None:
    assert parse(GK_01).variables == (
        "luasan Daerah Irigasi (DI) yang teraliri air irigasi",
        "luasan Daerah Irigasi",
    )
    assert parse(GK_07).variables == (
        "luasan lahan kritis",
        "luasan lahan kritis yang terehabilitasi",
    )
    growth = parse(GK_08)
    assert growth.variables == ("PPDRB ADHK pada suatu tahun", "PPDRB ADHK pada tahun sebelumnya")
    assert growth.label == "Laju pertumbuhan ekonomi"
    values = {"PPDRB ADHK pada suatu tahun": 110, "PPDRB ADHK pada tahun sebelumnya": 100}
    assert growth.evaluate(values).exact == 10
    assert parse(GK_12).variables == ("Produktivitas", "luas panen")
    assert parse(GK_10).variables == ("nilai unsur kecepatan pelayanan", "kuesioner yang terisi")


def test_a_formula_over_several_lines_keeps_them() -> None:
    # gunungkidul-pemkab-iku-esakip-github#09: the lines of the formula are no notes
    text = (
        "Rumus:<br/>\n((&Sigma; Prestasi Pemuda di tingkat Provinsi, dan\nNasional tahun ini - "
        "&Sigma; Prestasi\nPemuda di tingkat Provinsi, dan Nasional tahun\nlalu)/ &Sigma; "
        "Prestasi Pemuda tahun lalu)x100% <br/>\nTipologi data: Non komulatif"
    )
    assert parse(text).variables == (
        "Prestasi Pemuda di tingkat Provinsi, dan Nasional tahun ini",
        "Prestasi Pemuda di tingkat Provinsi, dan Nasional tahun lalu",
        "Prestasi Pemuda tahun lalu",
    )


@pytest.mark.parametrize(
    ("text", "variables", "values", "value"),
    [
        ("Jumlah A &divide; Jumlah B &times; 100%", ("Jumlah A", "Jumlah B"), (1, 4), 25),
        (
            "&#8721; nilai unsur / &#931; responden",
            ("nilai unsur", "responden"),
            ([2, 4], [1, 1]),
            3,
        ),
        ("A&nbsp;/&nbsp;B x 100%", ("A", "B"), (1, 2), 50),
        (
            "IKM = (N<sub>1</sub> + N<sub>2</sub>) / 2<br>N<sub>1</sub> = Nilai survei<br>"
            "N<sub>2</sub> = Nilai pengaduan<br>Sumber data: Bagian Organisasi",
            ("Nilai survei", "Nilai pengaduan"),
            (60, 80),
            70,
        ),
        (
            "(Jumlah desa mandiri / Jumlah desa) x 100%<br/>Satuan: persen<br/>Dinas PMD",
            ("Jumlah desa mandiri", "Jumlah desa"),
            (3, 4),
            75,
        ),
    ],
)
def test_other_cells_written_so(
    text: str, variables: tuple[str, ...], values: tuple[object, ...], value: int
) -> None:
    formula = parse(text)
    assert formula.variables == variables
    assert formula.evaluate(dict(zip(variables, values, strict=True))).exact == Fraction(value)


def test_the_cell_keeps_its_length_and_unknown_entities_stay() -> None:
    text = "A &foo; B<sub>1</sub> &Sigma;<br/>C"
    chars = list(text)
    assert plain_markup(chars)
    assert len(chars) == len(text)
    assert "&foo;" in "".join(chars)
