"""W130 and W131. W130: a quantity added to or taken from a percentage, ``A + B / C ×
100%``. Written so, the formula adds a count to a percentage, which measures nothing; the
writer most often lost the brackets of ``(A + B) / C × 100%``. Lint says so and suggests the
brackets; where the cell brackets the ratio itself, or the terms are percentages alike, it is
silent. W131: the brackets of a mean lost in canonical text (below)."""

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


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("A + B + C / 3", "(A + B + C) / 3"),
        ("Nilai IKM TW I + Nilai IKM TW II / 2", "(Nilai IKM TW I + Nilai IKM TW II) / 2"),
    ],
)
def test_a_mean_whose_brackets_were_lost_is_flagged_in_canonical_text(
    text: str, suggestion: str
) -> None:
    """W131: written as canonical text the sum means what it says (only the last term is
    divided), so the reading is not changed; lint says the brackets of a mean were likely
    lost, and suggests them."""
    [found] = [d for d in ikicalc.lint(text) if d.code == "W131"]
    assert found.suggestion == suggestion


@pytest.mark.parametrize(
    "text",
    [
        "(A + B + C) / 3",
        "A + B + C / 2",  # the count of the terms is 3
        "Nilai A + Nilai B + Nilai C / 3 x 100%",  # read as the mean already (W110)
    ],
)
def test_a_mean_written_with_its_brackets_or_read_as_one_is_not_flagged(text: str) -> None:
    assert "W131" not in _codes(text)
