"""PermenPAN-RB 8/2021 (Sistem Manajemen Kinerja PNS), Lampiran Bab VI "Penilaian Kinerja".

Capaian IKI (Bab VI huruf A angka 1 huruf b angka 1, pp. 91–93 of the Salinan; the same text
for pejabat administrasi and fungsional on p. 100):

- kondisi normal (a larger realisasi is better): ``realisasi / target × 100 %``;
- kondisi khusus (a smaller realisasi is better): ``(1 + (1 − realisasi / target)) × 100 %``;
- a target written as a range: the upper bound when realisasi is above the range, the lower
  bound when it is below; inside the range capaian is 100 %.

Kategori and nilai capaian IKI (pp. 92–93): Sangat Baik 101–110 %, Baik 100 %, Cukup
80–99 %, Kurang 60–79 %, Sangat Kurang 0–59 %; nilai capaian IKI by linear interpolation
inside each kategori (Cukup: ``70 + (89 − 70) / (99 % − 80 %) × (capaian − 80 %)``; Kurang:
``50 + (69 − 50) / (79 % − 60 %) × (capaian − 60 %)``; Sangat Kurang: ``capaian / 59 % × 49``),
120 above 110 %, and 120 for 100 % of a target that is the most the indicator can reach.

**The rule for a capaian between the printed ranges** (99,5 %, 100,4 %, 79,5 %, 59,5 %):
capaian is rounded half-up to a whole percent, as the regulation's worked tables print it
(93 of 95 is 97,89 %, printed "98 %", Cukup, nilai 88), and kategori and nilai are read from
that whole percent. So 99,4 % is Cukup (99 %) and 99,5 % Baik (100 %); 100,4 % is Baik and
100,5 % Sangat Baik; 79,5 % is Cukup; 59,5 % is Kurang. The built-in scale
``capaian-iki-2021`` applies the same rule (it rounds to its whole-number bounds), so
:func:`kategori_capaian` and ``scale("capaian-iki-2021")`` always agree.

**Outside the table:** a capaian below 0 % (possible in kondisi khusus when realisasi is more
than twice the target) is Sangat Kurang with nilai 0, the lowest nilai the regulation gives;
above 110 % it is Sangat Baik with nilai 120 (huruf h). Nilai is never below 0 or above 120.

**Not found in the copies consulted:** the printed formula of the Baik and Sangat Baik
kategori (p. 92 was not available). Baik (exactly 100 %) takes nilai 109, as the worked
table for the Direktur Jenderal III prints it (Lampiran, p. 243: target 85, realisasi 85,
100 %, Baik, 109); Sangat Baik interpolates from 110 at 101 % to 120 at 110 %, the same
form as the other kategori. The numbers are data (``rules.toml``, ``nilai-capaian-iki-2021``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from ikicalc.errors import IkiError
from ikicalc.i18n import _
from ikicalc.numbers import round_half_up
from ikicalc.rules._common import read_label, rules_data
from ikicalc.rules.capaian import Number, capaian, number
from ikicalc.rules.scales import scale

__all__ = [
    "KATEGORI_CAPAIAN",
    "NilaiCapaian",
    "Potongan",
    "capaian_iki",
    "kategori_capaian",
    "nilai_akhir_skp",
    "nilai_capaian_iki",
    "nilai_kinerja_tambahan",
    "nilai_tertimbang",
    "potongan_nilai",
]

SCALE_NAME = "capaian-iki-2021"
"""The built-in scale of the kategori capaian IKI."""

KATEGORI_CAPAIAN: tuple[str, ...] = ("Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang")
"""The five kategori capaian IKI of PermenPAN-RB 8/2021, best first."""


@dataclass(frozen=True)
class NilaiCapaian:
    """Kategori and nilai capaian IKI of one capaian (PermenPAN-RB 8/2021).

    ``capaian`` is the capaian as given (exact), ``persen`` the whole percent the rule reads
    (half-up), ``kategori`` its label, ``nilai`` the nilai capaian IKI rounded half-up to 2
    places and ``exact`` the same unrounded.
    """

    capaian: Fraction
    persen: int
    kategori: str
    nilai: Decimal
    exact: Fraction


def capaian_iki(
    realisasi: Number,
    target: Number | tuple[Number, Number],
    *,
    kondisi: str = "normal",
    exact: bool = False,
) -> Decimal | Fraction:
    """Capaian IKI in percent (PermenPAN-RB 8/2021, Lampiran Bab VI, pp. 91–92 and 100).

    ``kondisi="normal"``: realisasi / target × 100 %. ``kondisi="khusus"`` (a smaller
    realisasi is better): (1 + (1 − realisasi / target)) × 100 %. ``target`` may be a range
    ``(low, high)``: above it the upper bound is the target, below it the lower bound, inside
    it capaian is 100 %. Realisasi and target take what :func:`ikicalc.capaian` takes
    (numbers, ``"98,5"``, quantities with units). Rounded half-up to 2 places, or the exact
    Fraction with ``exact=True``. Example (p. 100): target 7 – 8 bulan, realisasi 6,5 bulan,
    kondisi khusus: 107,14 % (printed "107 %").
    """
    key = kondisi.strip().lower()
    if key not in ("normal", "khusus"):
        raise IkiError(
            _(
                "unknown kondisi {kondisi}: use 'normal' (a larger realisasi is better) or "
                "'khusus' (a smaller realisasi is better)"
            ).format(kondisi=repr(kondisi))
        )
    polarity = "positive" if key == "normal" else "negative"
    value = capaian(realisasi, target, polarity, exact=True)
    return value if exact else round_half_up(value)


def _table() -> dict[str, Any]:
    table: dict[str, Any] = rules_data()["nilai-capaian-iki-2021"]
    return table


def _persen(value: Number) -> int:
    return int(round_half_up(number(value, "capaian"), 0))


def kategori_capaian(capaian: Number, *, target_maksimal: bool = False) -> str:
    """The kategori capaian IKI of a capaian in percent (PermenPAN-RB 8/2021, Bab VI).

    ``"Sangat Baik"`` (101–110 % and above), ``"Baik"`` (100 %), ``"Cukup"`` (80–99 %),
    ``"Kurang"`` (60–79 %) or ``"Sangat Kurang"`` (59 % and below, negative included), read
    on the capaian rounded half-up to a whole percent (see the module docstring). With
    ``target_maksimal=True`` a capaian of 100 % is ``"Sangat Baik"`` (huruf i). Equal to
    ``scale("capaian-iki-2021").classify(capaian).label`` when ``target_maksimal`` is False.
    """
    persen = _persen(capaian)
    if target_maksimal and persen == 100:
        return "Sangat Baik"
    return scale(SCALE_NAME).classify(persen).label


def nilai_capaian_iki(capaian: Number, *, target_maksimal: bool = False) -> NilaiCapaian:
    """Kategori and nilai capaian IKI (0–120) of a capaian in percent (PermenPAN-RB 8/2021).

    ``capaian`` is a percentage (int, Decimal, Fraction or text such as ``"98,5"``). Nilai
    is interpolated linearly inside the kategori of the whole percent (Lampiran Bab VI,
    p. 93): Cukup ``70 + (89 − 70) / (99 − 80) × (capaian − 80)``, Kurang ``50 + (69 − 50) /
    (79 − 60) × (capaian − 60)``, Sangat Kurang ``capaian / 59 × 49``, Sangat Baik ``110 +
    (120 − 110) / (110 − 101) × (capaian − 101)``, Baik 109, above 110 % 120, below 0 % 0.
    ``target_maksimal=True`` (the target is the most the indicator can reach): 100 % is
    Sangat Baik with nilai 120 (huruf i). Example: 98 % is Cukup, nilai 88.
    """
    exact_capaian = number(capaian, "capaian")
    persen = _persen(exact_capaian)
    table = _table()
    kategori = kategori_capaian(persen, target_maksimal=target_maksimal)
    if target_maksimal and persen == 100:
        value = Fraction(table["target_maksimal"])
    elif persen > table["atas"]["capaian"]:
        value = Fraction(table["atas"]["nilai"])
    elif persen < table["bawah"]["capaian"]:
        value = Fraction(table["bawah"]["nilai"])
    else:
        row = next(r for r in table["kategori"] if r["label"] == kategori)
        (c_low, c_high), (n_low, n_high) = row["capaian"], row["nilai"]
        if c_high == c_low:
            value = Fraction(n_high)
        else:
            value = n_low + Fraction(n_high - n_low, c_high - c_low) * (persen - c_low)
    return NilaiCapaian(exact_capaian, persen, kategori, round_half_up(value), value)


@dataclass(frozen=True)
class Potongan:
    """One linear piece of nilai capaian IKI over whole percents ``persen``:
    ``nilai = dasar + kemiringan × (persen − dari)`` for ``dari ≤ persen ≤ sampai``
    (``None``: open on that side). For engines that compute nilai over a column (Polars,
    SQL): round capaian half-up to a whole percent, then pick the piece."""

    dari: int | None
    sampai: int | None
    dasar: Fraction
    kemiringan: Fraction


def potongan_nilai() -> tuple[Potongan, ...]:
    """Nilai capaian IKI as linear pieces over whole percents, lowest first (without the
    ``target_maksimal`` rule, which depends on the indicator, not on the capaian)."""
    table = _table()
    below, above = table["bawah"], table["atas"]
    pieces = [Potongan(None, below["capaian"] - 1, Fraction(below["nilai"]), Fraction(0))]
    for row in sorted(table["kategori"], key=lambda r: r["capaian"][0]):
        (c_low, c_high), (n_low, n_high) = row["capaian"], row["nilai"]
        if c_low == c_high:
            pieces.append(Potongan(c_low, c_high, Fraction(n_high), Fraction(0)))
        else:
            slope = Fraction(n_high - n_low, c_high - c_low)
            pieces.append(Potongan(c_low, c_high, Fraction(n_low), slope))
    pieces.append(Potongan(above["capaian"] + 1, None, Fraction(above["nilai"]), Fraction(0)))
    return tuple(pieces)


def nilai_tertimbang(nilai: Iterable[Number], bobot: Number) -> Decimal:
    """Nilai tertimbang of a group of IKI: the mean of their nilai capaian × bobot / 100.

    PermenPAN-RB 8/2021, Lampiran Bab VI huruf A angka 1 huruf b angka 3 (p. 93): the
    rencana kinerja utama of a pejabat pimpinan tinggi is weighted by its kind (Perjanjian
    Kinerja, rencana aksi); ``bobot`` is the weight of the group in percent. Example:
    ``nilai_tertimbang([109], 40)`` is 43,60.
    """
    values = [number(v, f"nilai {i}") for i, v in enumerate(nilai, start=1)]
    if not values:
        raise IkiError(_("nilai_tertimbang needs at least one nilai capaian IKI"))
    weight = number(bobot, "bobot")
    if weight < 0 or weight > 100:
        raise IkiError(_("bobot {bobot} must be a percentage from 0 to 100").format(bobot=bobot))
    return round_half_up(sum(values, Fraction(0)) / len(values) * weight / 100)


def nilai_kinerja_tambahan(kategori: str, bobot: Number, nilai: Number) -> Decimal:
    """Nilai tertimbang of one kinerja tambahan: factor × bobot / 100 × nilai / 100.

    The factor is 100, 80, 60, 40 or 20 for a kinerja tambahan of kategori Sangat Baik,
    Baik, Cukup, Kurang or Sangat Kurang (PermenPAN-RB 8/2021, Lampiran Bab VI; the table is
    ``kinerja-tambahan-2021`` in ``rules.toml``). ``kategori`` in any common spelling
    (``"sangat baik"``, ``"SANGAT-BAIK"``). The total of all kinerja tambahan is capped by
    :func:`nilai_akhir_skp`. Example: Baik, bobot 10, nilai 100 gives 8,00.
    """
    table = rules_data()["kinerja-tambahan-2021"]
    label = read_label(kategori, table["faktor"], {}, "kategori kinerja tambahan")
    factor = Fraction(table["faktor"][label])
    weight, value = number(bobot, "bobot"), number(nilai, "nilai")
    if weight < 0 or value < 0:
        raise IkiError(_("bobot and nilai of a kinerja tambahan cannot be negative"))
    return round_half_up(factor * weight / 100 * value / 100)


def nilai_akhir_skp(utama: Iterable[Number], tambahan: Iterable[Number] = ()) -> Decimal:
    """Nilai akhir SKP = Σ nilai tertimbang kinerja utama + min(10, Σ kinerja tambahan).

    PermenPAN-RB 8/2021, Lampiran Bab VI and the worked table for the Direktur Jenderal III
    (Lampiran, p. 243): ``(59,2 + 43,6) + 0 = 102,8``. The kinerja tambahan together add at
    most 10 (``batas`` of ``kinerja-tambahan-2021`` in ``rules.toml``).
    """
    main = [number(v, f"nilai tertimbang utama {i}") for i, v in enumerate(utama, start=1)]
    if not main:
        raise IkiError(_("nilai_akhir_skp needs the nilai tertimbang of the kinerja utama"))
    extra = [number(v, f"kinerja tambahan {i}") for i, v in enumerate(tambahan, start=1)]
    if any(v < 0 for v in extra):
        raise IkiError(_("a kinerja tambahan cannot be negative"))
    cap = Fraction(rules_data()["kinerja-tambahan-2021"]["batas"])
    total = sum(main, Fraction(0)) + min(cap, sum(extra, Fraction(0)))
    return round_half_up(total)
