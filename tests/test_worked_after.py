"""A worked example after the formula's second '=' (ikicalc/lang/examples.after_equals)."""

from __future__ import annotations

import pytest

import ikicalc


@pytest.mark.parametrize(
    ("text", "names", "shown"),
    [
        (
            "h) persentase manfaat ekonomi = total manfaat / (Pendanaan x tenor) = Rp85.000,00"
            " (delapan\npuluh lima ribu rupiah) / [Rp1.000.000,00 (satu juta\nrupiah) x 90"
            " (sembilan puluh)] = 0,0944% (nol koma nol\nsembilan empat empat persen).",
            ["total manfaat", "Pendanaan", "tenor"],
            "total manfaat / (Pendanaan × tenor)",
        ),
        ("Rasio = Jumlah A / Jumlah B x 100% = 80 / 100 x 100% = 80%", ["Jumlah A", "Jumlah B"],
         "Jumlah A / Jumlah B × 100%"),
        ("Jumlah A / Jumlah B x 100% = 125.000 / 400.000 x 100% = 31,25%",
         ["Jumlah A", "Jumlah B"], "Jumlah A / Jumlah B × 100%"),
        ("Tarif = Jumlah A dibagi Nilai B = 5.000.000 dibagi 85.000 = 12,5",
         ["Jumlah A", "Nilai B"], "Jumlah A / Nilai B"),
    ],
)
def test_worked_example_set_aside(text: str, names: list[str], shown: str) -> None:
    formula = ikicalc.parse(text)
    assert list(formula.variables) == names
    assert str(formula).endswith(shown)


def test_a_second_formula_over_names_is_not_an_example() -> None:
    # words after the second '=': no worked example, still refused as two formulas
    with pytest.raises(ikicalc.IkiError):
        ikicalc.parse("Rasio = Jumlah A / Jumlah B = Jumlah C / Jumlah D x 100% + Jumlah E")


def test_a_chain_of_scales_on_the_middle_line() -> None:
    # Perbup Kulon Progo 6/2021: "B" / "UKD = X 100 X 80%" / "S"
    formula = ikicalc.parse("B\nUKD =             X 100      X 80%\nS")
    assert list(formula.variables) == ["B", "S"]
    assert formula.evaluate({"B": 30, "S": 40}).exact == 60
