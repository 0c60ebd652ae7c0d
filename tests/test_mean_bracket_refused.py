"""'Rata-rata (A + B + …)' reads two ways (the mean of the listed values, or the mean over the
data rows of their sum) and the grammar refuses it with a message that says how to write each.
The reading of last resort set the word 'Rata-rata' aside when the names were long and gave
the sum: four quarters' IKM added up, a wrong value behind a guess. It keeps the refusal now."""

from __future__ import annotations

import pytest

import ikicalc


@pytest.mark.parametrize(
    "text",
    [
        "Rata-rata (A + B + C)",
        "Rata-rata (Nilai IKM Triwulan I + Nilai IKM Triwulan II + Nilai IKM Triwulan III + "
        "Nilai IKM Triwulan IV)",
        "rerata dari (Nilai SAKIP + Nilai RB)",
    ],
)
def test_a_mean_of_a_bracketed_sum_is_refused_with_both_ways(text: str) -> None:
    with pytest.raises(ikicalc.FormulaSyntaxError) as raised:
        ikicalc.parse(text)
    assert "rata-rata (A, B, …)" in str(raised.value)
