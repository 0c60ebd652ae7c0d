"""PermenPAN-RB 88/2021 (Evaluasi Akuntabilitas Kinerja Instansi Pemerintah): predikat SAKIP.

Lampiran, Bab III (penilaian): the evaluation score 0–100 gives the predikat AA (> 90–100,
Sangat Memuaskan), A (> 80–90, Memuaskan), BB (> 70–80, Sangat Baik), B (> 60–70, Baik),
CC (> 50–60, Cukup/Memadai), C (> 30–50, Kurang) or D (0–30, Sangat Kurang). The table is
the built-in scale ``sakip``; bounds are written to 2 places, so a score is rounded half-up
to 2 places before it is matched (90,004 is A, 90,005 AA).
"""

from __future__ import annotations

from ikicalc.rules.capaian import Number
from ikicalc.rules.scales import Category, scale

__all__ = ["predikat_sakip"]

SCALE_NAME = "sakip"


def predikat_sakip(nilai: Number) -> Category:
    """The SAKIP predikat of an evaluation score (PermenPAN-RB 88/2021): grade and label.

    ``predikat_sakip("85,4").grade`` is ``"A"``, ``.label`` ``"Memuaskan"``. A score outside
    0–100 is an :class:`~ikicalc.errors.IkiError`.
    """
    return scale(SCALE_NAME).classify(nilai)
