"""PermenPAN-RB 88/2021: predikat of the evaluation of SAKIP."""

from __future__ import annotations

import pytest

import ikicalc
from ikicalc.errors import IkiError


@pytest.mark.parametrize(
    ("nilai", "grade", "label"),
    [
        ("95", "AA", "Sangat Memuaskan"),
        ("85,4", "A", "Memuaskan"),
        ("75", "BB", "Sangat Baik"),
        ("65", "B", "Baik"),
        ("55", "CC", "Cukup (Memadai)"),
        ("40", "C", "Kurang"),
        ("20", "D", "Sangat Kurang"),
    ],
)
def test_predikat_sakip(nilai: str, grade: str, label: str) -> None:
    found = ikicalc.predikat_sakip(nilai)
    assert (found.grade, found.label) == (grade, label)
    assert ikicalc.scale("sakip").classify(nilai) == found


def test_the_printed_text_of_the_table_reads_to_the_same_scale() -> None:
    written = ikicalc.Scale.parse(
        "AA > 90 – 100 Sangat Memuaskan\nA > 80 – 90 Memuaskan\nBB > 70 – 80 Sangat Baik\n"
        "B > 60 – 70 Baik\nCC > 50 – 60 Cukup (Memadai)\nC > 30 – 50 Kurang\nD 0 – 30 Sangat Kurang"
    )
    official = ikicalc.scale("sakip")
    # whole-number bounds in the text: values are rounded to whole numbers there (30,4 is D)
    for value in ("0", "30", "31", "50", "50,5", "60", "61", "70", "80", "81", "90", "90,5"):
        a, b = written.classify(value), official.classify(value)
        assert (a.label, a.grade or "D") == (b.label, b.grade)


def test_scores_outside_0_to_100_are_refused() -> None:
    with pytest.raises(IkiError, match="outside this scale 'sakip'"):
        ikicalc.predikat_sakip("100,5")
