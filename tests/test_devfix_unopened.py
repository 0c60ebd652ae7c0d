"""A ``)`` that closes no bracket, after words, is a slip of the writer (issue 14, devfix).

Real cell: Instrumen penilaian Kabupaten/Kota Sehat (KKS) 2025, SIPANTAS Kabupaten Sumenep
(github.com/aliefneutron/sipantas-sumenep, ``Instrumen KKS 2025.xlsx``; dev cell
``kks-2025-instrumen-sipantas-github#06``): the writer closed a bracket never opened before
``dikali 100%``. A careful reader sets it aside; ikicalc does so on the failure path only and
records the guess (lint ``W110``). A formula whose ``)`` follows a symbol (``A / B) x 100%``)
or ends the cell keeps its error and its caret.
"""

from __future__ import annotations

import pytest

import ikicalc
from ikicalc.errors import FormulaSyntaxError
from ikicalc.lang.recovery import REASON_UNOPENED

KKS_06 = (
    "Jumlah bayi usia 0-11 bulan yang mendapat imunisasi lengkap meliputi 1 dosis Hepatitis B "
    "pada usia 0-7 hari, 1 dosis BCG, 4 dosis Polio tetes (bOPV), 1 dosis Polio suntik (IPV),  "
    "3 dosis DPT-HB-Hib, serta 1 dosis Campak Rubela (MR) di satu wilayah dalam kurun waktu "
    "tertentu dibagi jumlah seluruh bayi selama kurun waktu yang sama) dikali 100%."
)


def test_the_unopened_bracket_of_a_real_cell_is_set_aside_as_a_guess() -> None:
    formula = ikicalc.parse(KKS_06)
    names = [str(v) for v in formula.variables]
    assert names[-1] == "jumlah seluruh bayi selama kurun waktu yang sama"
    assert names[0].startswith("Jumlah bayi usia 0-11 bulan")
    assert names[0].endswith("di satu wilayah dalam kurun waktu tertentu")
    assert len(names) == 2
    assert [g.reason for g in formula.guesses if g.reason == REASON_UNOPENED]
    where = next(g.span for g in formula.guesses if g.reason == REASON_UNOPENED)
    assert KKS_06[where[0] : where[1]] == ")"
    assert "W110" in [d.code for d in ikicalc.lint(KKS_06)]
    assert ikicalc.parse(str(formula)).expr == formula.expr


@pytest.mark.parametrize(
    "text",
    [
        "A / B) x 100%",  # after a symbol: a broken formula, not a slip in prose
        "Jumlah pegawai / Jumlah seluruh pegawai)",  # nothing after it
        "(Jumlah A + Jumlah B)) / Jumlah C",  # a bracket was opened: one too many
    ],
)
def test_other_unopened_brackets_keep_their_error(text: str) -> None:
    with pytest.raises(FormulaSyntaxError):
        ikicalc.parse(text)
