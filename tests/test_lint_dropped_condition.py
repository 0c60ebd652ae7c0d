"""W132: a limit or a condition on the result that the cell states after its formula, set aside
as prose around it (issue 14, cause 8), though it changes the value the document means. The
value stays the formula's; lint says which words were not applied."""

from __future__ import annotations

import time

import pytest

import ikicalc


def _w132(text: str) -> list[ikicalc.Diagnostic]:
    return [d for d in ikicalc.lint(text) if d.code == "W132"]


@pytest.mark.parametrize(
    ("cell", "words"),
    [
        # a cap on the capaian, after a comma, in brackets, in a sentence of its own
        (
            "Jumlah dokumen yang selesai dibagi jumlah dokumen x 100%, dengan capaian "
            "maksimal 100%",
            "capaian maksimal 100%",
        ),
        (
            "Jumlah desa tertib administrasi / jumlah desa x 100% (capaian paling tinggi 120 %)",
            "capaian paling tinggi 120 %",
        ),
        ("Realisasi dibagi target dikali 100%. Nilai maksimum 100", "Nilai maksimum 100"),
        # a condition whose consequent gives the result a number
        (
            "Capaian = (Realisasi / Target) x 100%, apabila realisasi lebih besar dari target "
            "maka capaian 100%",
            "apabila realisasi lebih besar dari target maka capaian 100%",
        ),
        (
            "Realisasi/Target x 100%. Jika realisasi melebihi target, capaian ditetapkan 100 "
            "persen",
            "Jika realisasi melebihi target, capaian ditetapkan 100 persen",
        ),
    ],
)
def test_a_limit_after_the_formula_is_said(cell: str, words: str) -> None:
    [found] = _w132(cell)
    assert f"'{words}'" in found.message
    assert cell[found.span[0] : found.span[1]] == words
    formula = ikicalc.parse(cell)
    assert len(formula.variables) == 2  # the reading is the formula's alone


def test_a_bound_after_a_scale_with_no_comma_is_no_denominator() -> None:
    """'x 100% dengan capaian maksimal 100%' used to read the bound as a third name under a
    bar (A / B / 'dengan capaian maksimal 100%' × 100%): a wrong value flagged only by
    W121."""
    cell = "Jumlah A dibagi jumlah B x 100% dengan capaian maksimal 100%"
    formula = ikicalc.parse(cell)
    assert formula.variables == ("Jumlah A", "jumlah B")
    assert formula.evaluate({"Jumlah A": 3, "jumlah B": 4}).exact == 75
    assert [d.code for d in ikicalc.lint(cell)] == ["W132"]


@pytest.mark.parametrize(
    "cell",
    [
        # a bound inside a name qualifies the quantity (Poltekkes Palembang IKU 2026)
        "(Jumlah lulusan Tahun T-1 yang bekerja maksimal 6 bulan dari tanggal ijazah / "
        "Jumlah lulusan pada tahun T-1) x 100%",
        # a condition whose consequent names a category, not a value (Satu Data Karo)
        "Skor PPH = persentase AKE x bobot. Jika skor konsumsi pangan mencapai 100, maka "
        "wilayah tersebut dikatakan tahan pangan",
        # a condition on a coefficient (PermenPAN-RB 14/2017)
        "jumlah nilai rata-rata per unsur pelayanan dikalikan dengan 0,11 (apabila 9 unsur)",
        # a legend's line holds its quantity's own words
        "x/y x 100%\nx = jumlah skor maksimal 100\ny = jumlah skor",
        "Jumlah A / jumlah B x 100% dengan target 100 dokumen",
    ],
)
def test_words_that_limit_no_result_are_not_w132(cell: str) -> None:
    assert not _w132(cell)


@pytest.mark.parametrize("unit", ["apabila maka capaian ", "jika , nilai ", "capaian maksimal "])
def test_four_times_the_words_cost_about_four_times(unit: str) -> None:
    """The condition is found by one pass of each search over a sentence: a nested search
    (three lazy runs in one expression) took 54 s on 5 000 characters (session 21)."""

    def cost(count: int) -> float:
        text = "A / B x 100% " + unit * count
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            ikicalc.lint(text)
            best = min(best, time.process_time() - start)
        return best

    small, large = cost(200), cost(800)
    assert large < 8 * max(small, 0.002)
