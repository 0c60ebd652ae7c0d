"""A surcharge as tariff laws say it: an amount, plus a fine that is a share of the same amount
named again (session 24, from the development half of batch 26: PP 134/2000, UU 12/1985).
Session 23's code refused both."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.readings import guessed, read_back, value_of


def test_a_fine_on_the_amount_named_again() -> None:
    """PP 134/2000 Pasal 4 (2): 'besarnya biaya izin' is the 'biaya izin …' before it."""
    text = (
        "(2) Apabila terjadi keterlambatan dalam perpanjangan izin, pemegang izin wajib "
        "membayar biaya izin sebagaimana dimaksud dalam Pasal 1 ditambah denda sebesar 25% "
        "(dua puluh lima persen) dari besarnya biaya izin."
    )
    guessed(text)  # W110: the amount named again is read as the same amount
    names, value = value_of(text)
    assert names == ["biaya izin sebagaimana dimaksud dalam Pasal 1"]
    assert value == Fraction(7) * Fraction(5, 4)


def test_a_fine_on_a_difference_named_again() -> None:
    """UU 12/1985 Pasal 10 (4): 'selisih pajak yang terhutang' is the difference before it."""
    text = (
        "(4) Jumlah pajak yang terhutang dalam Surat Ketetapan Pajak adalah selisih pajak yang "
        "terhutang berdasarkan hasil pemeriksaan dengan pajak yang terhutang yang dihitung "
        "berdasarkan Surat Pemberitahuan Obyek Pajak ditambah denda administrasi sebesar 25% "
        "(dua puluh lima persen) dari selisih pajak yang terhutang."
    )
    formula = read_back(text)  # the difference is one node at two places of the tree: the
    assert str(formula).endswith(
        "+ 25% × (pajak yang terhutang berdasarkan hasil pemeriksaan - "
        "pajak yang terhutang yang dihitung berdasarkan Surat "
        "Pemberitahuan Obyek Pajak)"
    )  # printer folds it plainly
    names, value = value_of(text)
    assert names == [
        "pajak yang terhutang berdasarkan hasil pemeriksaan",
        "pajak yang terhutang yang dihitung berdasarkan Surat Pemberitahuan Obyek Pajak",
    ]
    assert value == Fraction(7 - 5) * Fraction(5, 4)


def test_the_words_that_name_the_surcharge_are_set_aside() -> None:
    names, value = value_of(
        "pajak terutang ditambah sanksi administrasi berupa bunga sebesar 2% dari pajak terutang"
    )
    assert names == ["pajak terutang"]
    assert value == Fraction(7) * Fraction(102, 100)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # another amount: no name said again
        ("gaji pokok ditambah 10% dari tunjangan keluarga", ["gaji pokok", "tunjangan keluarga"]),
        # one word in common is no naming again
        ("jumlah penduduk miskin ditambah 10% dari jumlah penduduk",
         ["jumlah penduduk miskin", "jumlah penduduk"]),
    ],
)  # fmt: skip
def test_a_share_of_another_amount_keeps_its_name(text: str, names: list[str]) -> None:
    assert value_of(text)[0] == names
