"""Stacked fractions whose label the export moved (issue 14, cause 4): after the fraction, or
its words between the lines of the names. Real cells quoted with their source, and the same
layout with other words, and the layouts the rules must leave alone."""

from __future__ import annotations

import pytest

from ikicalc.lang import ast
from ikicalc.lang.parser import parse


def _names(text: str) -> list[str]:
    expr = parse(text).expr
    return [v.name for v in ast.walk(expr) if isinstance(v, ast.Variable)]


def _ratio(text: str) -> tuple[str, str, ast.Expr]:
    """Numerator, denominator and scale of ``N / D × scale``."""
    expr = parse(text).expr
    assert isinstance(expr, ast.Binary), str(expr)
    assert expr.op is ast.Op.MUL, str(expr)
    ratio = expr.left
    assert isinstance(ratio, ast.Binary), str(expr)
    assert ratio.op is ast.Op.DIV, str(expr)
    assert isinstance(ratio.left, ast.Variable)
    assert isinstance(ratio.right, ast.Variable)
    return ratio.left.name, ratio.right.name, expr.right


# --- the label after the fraction, its '=' ending the cell
@pytest.mark.parametrize(
    ("text", "numerator", "denominator"),
    [
        (  # Permenpera 22/2008, SPM perumahan (text-id.123dok.com/document/oy878em2z-…)
            "Jumlah rumah layak huni di suatu wilayah provinsi pada kurun waktu tertentu Jumlah "
            "rumah di suatu wilayah provinsi pada kurun waktu tertentu\nX 100 Cakupan\nRumah "
            "Layak Huni\n=",
            "Jumlah rumah layak huni di suatu wilayah provinsi pada kurun waktu tertentu",
            "Jumlah rumah di suatu wilayah provinsi pada kurun waktu tertentu",
        ),
        (  # the same layout, the bar kept, the label on one line
            "Jumlah desa yang memiliki BUMDes\n----------\nJumlah seluruh desa\nx 100%\n"
            "Persentase Desa ber-BUMDes\n=",
            "Jumlah desa yang memiliki BUMDes",
            "Jumlah seluruh desa",
        ),
    ],
)
def test_a_label_after_the_fraction_is_set_aside(
    text: str, numerator: str, denominator: str
) -> None:
    assert _ratio(text)[:2] == (numerator, denominator)


def test_words_after_a_scale_on_its_own_line_are_a_rate_not_a_label() -> None:
    # one line: "x 1.000 penduduk" is a rate (A / penduduk × 1000), not a label
    assert _names("Jumlah kematian bayi x 1.000 kelahiran hidup") == [
        "Jumlah kematian bayi",
        "kelahiran hidup",
    ]


# --- the label's words between the lines of the names, its '=' left on the middle line
@pytest.mark.parametrize(
    ("text", "numerator", "denominator"),
    [
        (  # Definisi Operasional PKP (scribd.com/document/380337397/DEFINISI-OPERASIONAL-PKP)
            "Jumlah pengunjung puskesmas yang\nCakupan mendapat KIP/K dalam kurun waktu satu\n"
            "Komunikasi tahun\n= x 100%\nInterpersonal dan\nJumlah seluruh pengunjung puskesmas\n"
            "Konseling (KIP/K)\ndalam kurun waktu satu tahun\n.",
            "Jumlah pengunjung puskesmas yang mendapat KIP/K dalam kurun waktu satu tahun",
            "Jumlah seluruh pengunjung puskesmas dalam kurun waktu satu tahun",
        ),
        (  # the same layout with another indicator's words
            "Jumlah balita yang ditimbang\nCakupan di posyandu pada bulan\nPenimbangan ini\n"
            "= x 100%\nBalita\nJumlah balita yang ada\ndi wilayah kerja",
            "Jumlah balita yang ditimbang di posyandu pada bulan ini",
            "Jumlah balita yang ada di wilayah kerja",
        ),
    ],
)
def test_label_words_between_the_lines_are_set_aside(
    text: str, numerator: str, denominator: str
) -> None:
    assert _ratio(text)[:2] == (numerator, denominator)


@pytest.mark.parametrize(
    "text",
    [
        # Title Case names: a capital on the next line goes on with the name
        "Jumlah Desa yang\nMelaksanakan Musrenbang\n= x 100%\nJumlah Desa",
        # capitals on one side only: no label centred on the middle line
        "Jumlah pengunjung yang\nMendapat pelayanan\n= x 100%\nJumlah pengunjung",
    ],
)
def test_capitals_that_go_on_with_a_name_stay(text: str) -> None:
    numerator = _ratio(text)[0]
    assert numerator.split()[:3] == text.split("\n")[0].split()[:3]
    assert len(numerator.split()) == len(" ".join(text.split("\n")[:2]).split())
