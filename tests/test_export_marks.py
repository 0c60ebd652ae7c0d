"""Marks a PDF export leaves in a stacked fraction (issue 14, cause 4): a stray bracket inside
the bar, a hyphen after a slash that ends a line. Real cells of batch 12 quoted with their id,
and the same marks with other names."""

from __future__ import annotations

import pytest

from ikicalc.lang.parser import parse

# kulonprogo-perbup-15-2011-spm-kesehatan-github#02
KULONPROGO_02 = (
    "Jumlah bayi yang\nmemperoleh pelayanan\nkesehatan sesuai\nstandar\n_______)____x 100%\n"
    "Jumlah Seluruh bayi\nlahir hidup"
)
# kulonprogo-perbup-15-2011-spm-kesehatan-github#11 (the name keeps the slash, not the hyphen)
KULONPROGO_11 = (
    "Jumlah KLB di desa/-\nkelurahan yang\nditangani < 24 jam\n____________ x 100%\n"
    "Jumlah KLB di desa/\nkelurahan yang terjadi"
)


def test_a_stray_bracket_in_the_bar() -> None:
    assert parse(KULONPROGO_02).variables == (
        "Jumlah bayi yang memperoleh pelayanan kesehatan sesuai standar",
        "Jumlah Seluruh bayi lahir hidup",
    )


def test_a_hyphen_after_a_slash_ending_a_line() -> None:
    assert parse(KULONPROGO_11).variables == (
        "Jumlah KLB di desa/ kelurahan yang ditangani < 24 jam",
        "Jumlah KLB di desa/ kelurahan yang terjadi",
    )


@pytest.mark.parametrize("bar", ["_____)_____", "____|______", "______(____"])
def test_other_stray_marks(bar: str) -> None:
    text = f"Jumlah sekolah terakreditasi\n{bar} x 100%\nJumlah sekolah"
    assert parse(text).variables == ("Jumlah sekolah terakreditasi", "Jumlah sekolah")
