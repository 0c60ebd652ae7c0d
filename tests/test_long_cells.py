"""Long hostile cells read in time that grows with their length, not its square (session 24:
a regulation's sentence said over and over, 5 800 characters, took 18 s; a line in capitals
took minutes). Each test checks the structure that keeps the work linear; the red-team
campaign (``fuzz/campaign.py``, 'said twenty times', 'capitals') checks the time."""

from __future__ import annotations

import contextlib

import ikicalc
from ikicalc.lang.marks import _blanked

SENTENCE = (
    "nilai perolehan pada tanggal 1 Januari 1984 adalah sebesar harga atau nilai perolehan "
    "dikalikan dengan faktor penyesuaian tahun 1984 terhadap tahun perolehan harta yang "
    "bersangkutan;"
)


def test_many_remarks_in_a_row_are_set_aside_at_once() -> None:
    """Each remark set aside cost a parse of the whole cell; past three in a row they go at
    once, from the first to the end (PP 42/1985's sentence said ten times)."""
    text = " ".join([SENTENCE] * 10)
    found = _blanked(text)
    assert found is not None
    blanked, span = found
    first = len(SENTENCE) - 1  # the first sentence's ';' opens the remarks
    assert span == (first, len(text))
    assert blanked[:first] == SENTENCE[:-1]
    assert not blanked[first:].strip()


def test_a_few_remarks_are_set_aside_one_by_one_from_the_end() -> None:
    text = "Jumlah A / Jumlah B x 100%; semakin tinggi semakin baik; data dari BPS"
    found = _blanked(text)
    assert found is not None
    assert found[1] == (text.index("; data"), len(text))
    formula = ikicalc.parse(text)
    assert formula.variables == ("Jumlah A", "Jumlah B")


def test_the_sentence_said_fifty_times_gives_an_outcome() -> None:
    with contextlib.suppress(ikicalc.FormulaSyntaxError):
        ikicalc.parse(" ".join([SENTENCE] * 50))
