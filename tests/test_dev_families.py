"""Families of real dev cells (tests/data/public-cells.jsonl, batch 3) the reader learnt to read,
each pinned on the real cell as written (source: the regulation named in the test)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from ikicalc.errors import FormulaSyntaxError
from ikicalc.lang import ast
from ikicalc.lang.parser import parse


def _names(text: str) -> list[str]:
    return sorted({v.name for v in ast.walk(parse(text).expr) if isinstance(v, ast.Variable)})


# --- a rate after the words that describe it, said again in words (PP 18/2025, PP 19/2006)
@pytest.mark.parametrize(
    ("text", "names", "rate"),
    [
        (  # PP 18/2025 PNBP batubara
            "(tarif 18% (delapan\nbelas persen) dikalikan harga jual)\ndikurangi tarif iuran "
            "produksi atau\nroyalti dikurangi tarif pemanfaatan\nbarang milik negara eks PKP2B "
            "dari\nhasil produksi per ton;",
            [
                "harga jual",
                "tarif iuran produksi atau royalti",
                "tarif pemanfaatan barang milik negara eks PKP2B dari hasil produksi per ton",
            ],
            "18%",
        ),
        (  # PP 19/2006 PNBP perikanan
            "Bagi perusahaan perikanan yang memenuhi kriteria perusahaan perikanan skala kecil "
            "sebesar 1% (satu perseratus) dikalikan produktivitas kapal dikalikan Harga Patokan "
            "Ikan.",
            ["Harga Patokan Ikan", "produktivitas kapal"],
            "1%",
        ),
        (  # PP 19/2006: a bracket with markdown underscores in the words before the rate
            "Bagi perusahaan perikanan yang melakukan pembudidayaan ikan dengan menggunakan benih "
            "dari panti pembenihan ( _hatchery_ ), sebesar 0,5% (setengah perseratus) dikalikan "
            "harga jual seluruh ikan hasil pembudidayaan di lokasi pembudidayaan.",
            ["harga jual seluruh ikan hasil pembudidayaan di lokasi pembudidayaan"],
            "0,5%",
        ),
    ],
)
def test_a_rate_after_the_words_that_describe_it(text: str, names: list[str], rate: str) -> None:
    formula = parse(text)
    assert _names(text) == sorted(names)
    assert str(formula).startswith(rate) or str(formula).startswith("(" + rate)
    assert not formula.guesses


def test_an_operand_before_a_rate_is_kept() -> None:
    # words joined to the rate by an operation are an operand, not a description
    formula = parse("T = BP + (10% x BP)")
    assert _names("T = BP + (10% x BP)") == ["BP"]
    assert formula.label == "T"


def test_ocr_percent_signs() -> None:
    # PP 18/2025 as scanned: '22o/o' is 22 %; '157o (lima belas persen)' is 15 %, a guess
    scanned = (
        "(tarif\n22o/o (dta puluh dua persen) dikalikan\nharga jual) dikurangi tarif iuran\n"
        "produksi atau royalti dikurangi tarif\npemanfaatan barang milik negara eks\nPKP2B "
        "dari hasil produksi per ton;"
    )
    assert str(parse(scanned)).startswith("22% ×")
    assert not parse(scanned).guesses
    seven = (
        "(tarif 157o (lima belas persen) dikalikan\nharga jual) dikurangi tarif iuran\nproduksi "
        "atau royalti dikurangi tarif\npemanfaatan barang milik negara eks\nPKP2B dari hasil "
        "produksi per ton;"
    )
    formula = parse(seven)
    assert str(formula).startswith("15% ×")
    assert [(g.chosen, g.other) for g in formula.guesses] == [("15%", "157o")]
    values = {name: Fraction(100) for name in _names(seven)}
    assert formula.evaluate(values).exact == Fraction(15) - 200


def test_seven_o_without_words_that_agree_is_not_read() -> None:
    # the words say another number: no percent sign is invented
    with pytest.raises(FormulaSyntaxError):
        parse("tarif 157o (dua puluh persen) dikalikan harga jual")


def test_atau_inside_a_name_is_not_a_second_way() -> None:
    text = "A dikurangi tarif iuran produksi atau royalti dikurangi B"
    assert _names(text) == ["A", "B", "tarif iuran produksi atau royalti"]
    # a second way of writing the formula is still set aside
    assert _names("A / B x 100% atau C / D x 100%") == ["A", "B"]
