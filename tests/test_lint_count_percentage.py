"""W130: a quantity added to or taken from a percentage, ``A + B / C × 100%``. Written so, the
formula adds a count to a percentage, which measures nothing; the writer most often lost the
brackets of ``(A + B) / C × 100%``. Lint says so and suggests the brackets; where the cell
brackets the ratio itself, or the terms are percentages alike, it is silent."""

from __future__ import annotations

import pytest

import ikicalc


def _codes(text: str) -> list[str]:
    return [d.code for d in ikicalc.lint(text)]


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        (
            "Jumlah desa berstatus mandiri + Jumlah desa berstatus maju / Jumlah desa x 100%",
            "(Jumlah desa berstatus mandiri + Jumlah desa berstatus maju) / Jumlah desa × 100%",
        ),
        (
            "Jumlah kasus baru - Jumlah kasus sembuh / Jumlah penduduk x 100%",
            "(Jumlah kasus baru - Jumlah kasus sembuh) / Jumlah penduduk × 100%",
        ),
        ("A + B / C x 100%", "(A + B) / C × 100%"),
    ],
)
def test_a_count_beside_a_percentage_is_flagged_with_the_brackets(
    text: str, suggestion: str
) -> None:
    [found] = [d for d in ikicalc.lint(text) if d.code == "W130"]
    assert found.suggestion == suggestion
    assert "percentage" in found.message


@pytest.mark.parametrize(
    "text",
    [
        "(A + B) / C x 100%",
        "A + (B / C) x 100%",  # the brackets say it
        "100% - A / B x 100%",  # a percentage less a percentage
        "A / B x 100% + C / D x 100%",
        "Nilai SKP x 60% + Nilai perilaku x 40%",
        "Jumlah PNS yang hadir / Jumlah PNS x 100%",
    ],
)
def test_sums_of_like_terms_are_not_flagged(text: str) -> None:
    assert "W130" not in _codes(text)
