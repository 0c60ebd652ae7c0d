"""PP 30/2019 (Penilaian Kinerja PNS), Pasal 41: nilai kinerja PNS and its predikat.

Pasal 41 ayat (2)–(4): nilai kinerja = 70 % nilai SKP + 30 % nilai perilaku kerja, or 60 % +
40 % where perilaku kerja is rated with the opinion of peers and subordinates (360°).
Ayat (5): Sangat Baik 110 ≤ x ≤ 120 *and* a new idea or method that benefits the organisation
or the state; Baik 90 ≤ x ≤ 120; Cukup 70 ≤ x < 90; Kurang 50 ≤ x < 70; Sangat Kurang x < 50.
The numeric ranges are the built-in scale ``pp30-2019`` (bounds written to 2 places, so a
nilai is rounded half-up to 2 places before it is matched: 89,995 is Baik).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from ikicalc.errors import IkiError
from ikicalc.i18n import _
from ikicalc.numbers import round_half_up
from ikicalc.rules.capaian import Number, number
from ikicalc.rules.scales import scale

__all__ = ["nilai_kinerja_pp30", "predikat_pp30"]

SCALE_NAME = "pp30-2019"
_SANGAT_BAIK_FROM = Fraction(110)


def nilai_kinerja_pp30(
    nilai_skp: Number, nilai_perilaku: Number, *, bobot_skp: int = 70
) -> Decimal:
    """Nilai kinerja PNS (PP 30/2019 Pasal 41 ayat (2)): bobot_skp % SKP + the rest perilaku.

    ``bobot_skp`` is 70 (perilaku 30 %, ayat (3)) or 60 (perilaku 40 %, ayat (4): perilaku
    rated with peers and subordinates). Rounded half-up to 2 places. Example: SKP 100,
    perilaku 90, 70/30: 97,00.
    """
    if bobot_skp not in (70, 60):
        raise IkiError(
            _(
                "bobot_skp {bobot}: PP 30/2019 Pasal 41 allows 70 (70 % SKP, 30 % perilaku) "
                "or 60 (60 % SKP, 40 % perilaku with 360° perilaku)"
            ).format(bobot=repr(bobot_skp))
        )
    skp, perilaku = number(nilai_skp, "nilai SKP"), number(nilai_perilaku, "nilai perilaku")
    return round_half_up((skp * bobot_skp + perilaku * (100 - bobot_skp)) / 100)


def predikat_pp30(nilai: Number, *, ide_baru: bool = False) -> str:
    """The predikat of a nilai kinerja PNS (PP 30/2019 Pasal 41 ayat (5)).

    ``"Sangat Baik"`` when 110 ≤ nilai ≤ 120 and ``ide_baru`` (the PNS created a new idea or
    method that benefits the organisation or the state); otherwise ``"Baik"`` (90 ≤ nilai ≤
    120), ``"Cukup"`` (70 ≤ nilai < 90), ``"Kurang"`` (50 ≤ nilai < 70) or ``"Sangat
    Kurang"`` (nilai < 50). A nilai above 120 is an error (the regulation's nilai ends there).
    """
    table = scale(SCALE_NAME)
    label = table.classify(nilai).label
    if ide_baru and label == "Baik" and table.rounded(nilai) >= _SANGAT_BAIK_FROM:
        return "Sangat Baik"
    return label
