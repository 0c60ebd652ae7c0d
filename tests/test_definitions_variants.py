"""The families of :mod:`tests.test_definitions` and :mod:`tests.test_sigma_limits` written
the ways other annexes write them: other symbols and names, ``x``/``×``/``X``, a legend said
with ``:``, ``=`` or ``adalah`` after an introducer or none, definitions on one line joined
by a comma, a line break or ``dan``, ranges written ``1−2``, ``1-3``, ``1–2``, a sum's limits
in either order with ``5``, ``n`` or ``N`` above, ``∑`` or ``Σ``, the legend repeating the
sums or not. Every variant must read to the same value."""

from __future__ import annotations

import itertools
from fractions import Fraction

import pytest

from ikicalc.lang.parser import parse

_MEAN = "{L} =\n{A} + {B}\n2\n{A} =\n{P}\n{Q}\n{X} 100% {B} =\n{R}\n{S}\n{X} 100%\n"
_MEAN_NAMES = (
    "Jumlah pegawai yang hadir tepat waktu",
    "Jumlah seluruh pegawai",
    "Jumlah laporan selesai",
    "Jumlah laporan masuk",
)
_MEAN_SYMBOLS = [
    ("ASK", "N1", "N2", "JT", "JS", "ASN−T", "J−ASN"),
    ("IKP", "K1", "K2", "PH", "PS", "LS", "LM"),
    ("NK", "X1", "X2", "a", "b", "c", "d"),
    ("TKP", "Y1", "Y2", "P1", "P2", "P3", "P4"),
]


def _mean_cells() -> list[str]:
    cells = []
    for symbols, times, sep, intro, pre in itertools.product(
        _MEAN_SYMBOLS,
        ["x", "×", "X"],
        [" : ", " = ", " adalah "],
        ["", "Keterangan:\n"],
        ["", "Perhitungan nilai sebagai berikut.\n"],
    ):
        label, a, b, *leaves = symbols
        p, q, r, s = leaves
        text = _MEAN.format(L=label, A=a, B=b, P=p, Q=q, R=r, S=s, X=times)
        legend = "\n".join(
            f"{leaf.replace('−', '-')}{sep}{name}"
            for leaf, name in zip(leaves, _MEAN_NAMES, strict=True)
        )
        cells.append(pre + text + intro + legend)
    return cells


@pytest.mark.parametrize("text", _mean_cells())
def test_a_mean_of_two_defined_ratios(text: str) -> None:
    data = dict(zip(_MEAN_NAMES, (1, 2, 3, 4), strict=True))
    assert parse(text).evaluate(data).exact == Fraction(125, 2)


def _two_definitions_cells() -> list[str]:
    cells = []
    for symbols, times, sep, join, minus in itertools.product(
        [("UAPA", "X1", "X2", "NX2", "Tk", "n", "Bobot"), ("NKK", "Y1", "Y2", "RA", "RP", "p", "Faktor")],
        ["x", "×"],
        [" : ", " = ", " adalah "],
        [", ", "\n", " dan "],
        ["−", "-"],
    ):
        label, x1, x2, nx, tk, n, w = symbols
        cells.append(
            f"{label} = {x1} + {x2}\n{x1} = (100 {minus} {n}) {times} {w}{join}{x2} = (\n{nx}\n"
            f"{tk}\n{times} {w}) {minus} {n}\n{label}{sep}Nilai kinerja\n{x1}{sep}Nilai atas "
            f"temuan\n{x2}{sep}Nilai atas laporan\n{nx}{sep}Jumlah nilai realisasi\n{tk}{sep}"
            f"Jumlah satker\n{n}{sep}Nilai pengurang"
        )
    return cells


@pytest.mark.parametrize("text", _two_definitions_cells())
def test_two_definitions_one_a_bracketed_fraction(text: str) -> None:
    formula = parse(text)
    weight = next(v for v in formula.variables if v in ("Bobot", "Faktor"))
    data = {
        "Nilai pengurang": 5,
        weight: 2,
        "Jumlah nilai realisasi": 30,
        "Jumlah satker": 10,
    }
    assert formula.evaluate(data).exact == 95 * 2 + (3 * 2 - 5)


def _range_cells() -> list[str]:
    cells = []
    for symbols, (written, members), space, sep in itertools.product(
        [("NKA", "X", "NX", "Tk"), ("IKK", "Z", "NZ", "TZ")],
        [("1−2", 2), ("1-3", 3), ("1–2", 2)],
        [" ", ""],
        [" : ", " = "],
    ):
        label, x, nx, tk = symbols
        plain = written.replace("−", "-").replace("–", "-")
        main = " + ".join(f"{x}{i}" for i in range(1, members + 1))
        cells.append(
            f"{label} = {main}\n{x}{space}{written} =\n{nx}{written}\n{tk}{written}\nx Bobot\n"
            f"{label}{sep}Nilai kinerja\n{nx}{plain}{sep}Nilai realisasi komponen\n"
            f"{tk}{plain}{sep}Total komponen penilaian"
        )
    return cells


@pytest.mark.parametrize("text", _range_cells())
def test_a_range_of_definitions_summed(text: str) -> None:
    data = {
        "Nilai realisasi komponen": [1, 2],
        "Total komponen penilaian": [4, 4],
        "Bobot": [10, 10],
    }
    assert parse(text).evaluate(data).exact == Fraction(30, 4)


def _sum_cells() -> list[tuple[str, str]]:
    cells = []
    for symbols, sign, times, upper, lower_first, repeated in itertools.product(
        [("TKSRS", "Ri", "Pi", "i"), ("IKM", "Nj", "Bj", "j"), ("SKP", "Sk", "Wk", "k")],
        ["∑", "Σ"],
        ["×", "x"],
        ["5", "n", "N"],
        [False, True],
        [True, False],
    ):
        label, r, p, index = symbols
        limits = f"\n{index}=1\n{upper}" if lower_first else f"\n{upper}\n{index}=1"
        text = (
            f"{label} = (\n{sign} {r} {times} {p}{limits}\n5 x {sign} {p}{limits}\n) x 100%\n"
            f"{label} : Tingkat kepuasan\n{r} : rating unsur ke-{index}\n"
            f"{p} : jumlah pernyataan rating ke-{index};\n"
        )
        if repeated:
            text += (
                f"{sign} {r} {times} {p}{limits}\n: total penjumlahan perkalian;\n"
                f"{sign} {p}{limits}\n: total penjumlahan pernyataan."
            )
        cells.append((text, index))
    return cells


@pytest.mark.parametrize(("text", "index"), _sum_cells())
def test_sums_whose_limits_fell_onto_lines_of_their_own(text: str, index: str) -> None:
    data = {f"rating unsur ke-{index}": [5, 3], f"jumlah pernyataan rating ke-{index}": [1, 1]}
    assert parse(text).evaluate(data).exact == Fraction(8, 10) * 100
