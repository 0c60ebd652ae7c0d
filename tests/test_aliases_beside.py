"""Symbols written beside the names of a formula, in brackets, not in capitals (issue 14, cause
6): ``Indek yang diterima petani (lt) x 100`` / ``Indeks yang dibayar petani(lb)`` (OCR'd
``It``, ``Ib``). Real cell quoted with its id, and the same way of writing with other names."""

from __future__ import annotations

import pytest

from ikicalc.lang.parser import parse

# iki-kadis-pertanian-scribd-714211306#08
NTP = "NTP = Indek yang diterima petani (lt) x 100\nIndeks yang dibayar petani(lb)"


def test_ntp() -> None:
    assert parse(NTP).variables == ("Indek yang diterima petani", "Indeks yang dibayar petani")


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (
            "Nilai Ekspor (Ex) / Nilai Impor (Im) x 100%",
            ("Nilai Ekspor", "Nilai Impor"),
        ),
        (
            "Jumlah kasus baru(kb) / Jumlah penduduk berisiko(pb) x 1.000",
            ("Jumlah kasus baru", "Jumlah penduduk berisiko"),
        ),
        (
            "IKP = Indeks harga produsen (ihp)\nIndeks harga konsumen (ihk) x 100",
            ("Indeks harga produsen", "Indeks harga konsumen"),
        ),
    ],
)
def test_symbols_beside_other_names(text: str, variables: tuple[str, ...]) -> None:
    formula = parse(text)
    assert formula.variables == variables
    assert parse(str(formula)) == formula


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        # units, not symbols
        ("Berat Badan (kg) / Tinggi Badan (m)", ("Berat Badan (kg)", "Tinggi Badan (m)")),
        ("Luas panen (ha) / Luas tanam (ha) x 100%", ("Luas panen (ha)", "Luas tanam (ha)")),
        # times
        ("PAD(t) / PAD(t-1) x 100%", ("PAD(t)", "PAD(t-1)")),
        # only one name with a bracket: no evidence it is a symbol
        (
            "Jumlah desa (ds) / Jumlah seluruh desa x 100%",
            ("Jumlah desa (ds)", "Jumlah seluruh desa"),
        ),
    ],
)
def test_brackets_that_stay(text: str, variables: tuple[str, ...]) -> None:
    assert parse(text).variables == variables
