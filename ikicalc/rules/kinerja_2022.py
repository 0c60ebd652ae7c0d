"""PermenPAN-RB 6/2022 (Pengelolaan Kinerja Pegawai ASN): predikat kinerja, the rule in force.

- **Predikat kinerja pegawai** (Lampiran, penilaian/evaluasi kinerja pegawai, matriks
  predikat): the rating hasil kerja and the rating perilaku kerja, each *di atas*, *sesuai* or
  *di bawah ekspektasi*, give Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct or Sangat
  Kurang (the matrix is ``predikat-kinerja-2022`` in ``rules.toml``).
- **Predikat kinerja organisasi**: Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang.
- **Distribution of employee predikat** (Lampiran, pola distribusi / kurva distribusi
  predikat kinerja pegawai per predikat kinerja organisasi): quotas such as "at most 70 %
  Sangat Baik" for an Istimewa organisation (``distribusi-2022`` in ``rules.toml``).
  :func:`cek_distribusi` says which quota an office breaks and by how many people.

A percentage quota is counted in whole people: "at most 70 %" of 12 people allows
⌊0,7 × 12⌋ = 8, "at least 60 %" of 12 needs ⌈0,6 × 12⌉ = 8; "harus ada" (there must be)
needs at least one person.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from ikicalc.errors import IkiError
from ikicalc.i18n import _
from ikicalc.rules._common import read_label, rules_data

__all__ = [
    "EKSPEKTASI",
    "PREDIKAT_ORGANISASI",
    "PREDIKAT_PEGAWAI",
    "Pelanggaran",
    "cek_distribusi",
    "predikat_kinerja",
]


def _matrix() -> dict[str, Any]:
    table: dict[str, Any] = rules_data()["predikat-kinerja-2022"]
    return table


EKSPEKTASI: tuple[str, ...] = tuple(_matrix()["ekspektasi"])
"""The three ratings, best first: Di Atas, Sesuai, Di Bawah Ekspektasi."""

PREDIKAT_PEGAWAI: tuple[str, ...] = tuple(_matrix()["predikat"])
"""The five predikat kinerja pegawai, best first."""

PREDIKAT_ORGANISASI: tuple[str, ...] = tuple(rules_data()["predikat-organisasi-2022"]["predikat"])
"""The five predikat kinerja organisasi, best first: Istimewa … Sangat Kurang."""

_RATING_ALIASES = {
    "diatas": "Di Atas Ekspektasi",
    "melebihiekspektasi": "Di Atas Ekspektasi",
    "atas": "Di Atas Ekspektasi",
    "sesuai": "Sesuai Ekspektasi",
    "dibawah": "Di Bawah Ekspektasi",
    "bawah": "Di Bawah Ekspektasi",
}
_PEGAWAI_ALIASES = {
    "kurang": "Kurang/Misconduct",
    "misconduct": "Kurang/Misconduct",
    "kurangmisconduct": "Kurang/Misconduct",
    "cukup": "Butuh Perbaikan",
    "butuhperbaikancukup": "Butuh Perbaikan",
}
_ORGANISASI_ALIASES = {"cukup": "Butuh Perbaikan", "butuhperbaikancukup": "Butuh Perbaikan"}


def _rating(text: object, what: str) -> str:
    return read_label(text, EKSPEKTASI, _RATING_ALIASES, what)


def predikat_kinerja(hasil_kerja: str, perilaku_kerja: str) -> str:
    """The predikat kinerja pegawai from the two ratings (PermenPAN-RB 6/2022 matrix).

    Ratings are *di atas*, *sesuai* or *di bawah ekspektasi* in any common spelling
    (``"Di Atas Ekspektasi"``, ``"diatas"``, ``"SESUAI"``). Hasil kerja di atas with perilaku
    di atas is Sangat Baik; a perilaku di bawah ekspektasi with hasil kerja sesuai or di atas
    is Kurang/Misconduct; hasil kerja di bawah is Butuh Perbaikan, or Sangat Kurang when
    perilaku is di bawah too; the rest is Baik.
    """
    row = EKSPEKTASI.index(_rating(hasil_kerja, "rating hasil kerja"))
    column = EKSPEKTASI.index(_rating(perilaku_kerja, "rating perilaku kerja"))
    label: str = _matrix()["matriks"][row][column]
    return label


@dataclass(frozen=True)
class Pelanggaran:
    """A broken quota of the distribution of predikat kinerja pegawai.

    ``predikat``: the employee predikat the quota counts; ``aturan``: ``"maksimal"`` or
    ``"minimal"``; ``persen``: the quota in percent (``None`` for "harus ada", at least one);
    ``batas``: the people allowed (maksimal) or needed (minimal) in this office; ``jumlah``:
    the people who have that predikat; ``selisih``: how many people too many or too few.
    """

    predikat: tuple[str, ...]
    aturan: str
    persen: int | None
    batas: int
    jumlah: int
    selisih: int

    def __str__(self) -> str:
        names = " atau ".join(self.predikat)
        if self.aturan == "maksimal":
            return (
                f"{names}: paling banyak {self.persen}% ({self.batas} orang), ada {self.jumlah}"
                f" orang — kelebihan {self.selisih} orang"
            )
        rule = "harus ada" if self.persen is None else f"paling sedikit {self.persen}%"
        return (
            f"{names}: {rule} ({self.batas} orang), ada {self.jumlah} orang — "
            f"kurang {self.selisih} orang"
        )


def _counts(predikat_pegawai: Iterable[str] | Mapping[str, int]) -> Counter[str]:
    counts: Counter[str] = Counter()
    if isinstance(predikat_pegawai, Mapping):
        items: Iterable[tuple[object, object]] = predikat_pegawai.items()
    else:
        items = ((label, 1) for label in predikat_pegawai)
    for label, count in items:
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise IkiError(
                _("the number of employees with predikat {label} must be a count").format(
                    label=repr(label)
                )
            )
        counts[read_label(label, PREDIKAT_PEGAWAI, _PEGAWAI_ALIASES, "predikat pegawai")] += count
    return counts


def cek_distribusi(
    predikat_organisasi: str, predikat_pegawai: Iterable[str] | Mapping[str, int]
) -> list[Pelanggaran]:
    """The quotas of PermenPAN-RB 6/2022 an office's employee predikat break; ``[]`` when fine.

    ``predikat_organisasi`` is one of :data:`PREDIKAT_ORGANISASI` (any spelling; ``"Cukup"``
    is Butuh Perbaikan). ``predikat_pegawai`` is the predikat of each employee (a list) or a
    mapping predikat → number of employees. Each :class:`Pelanggaran` says which quota and
    by how many people. Example: an Istimewa office of 10 with 8 Sangat Baik breaks "at most
    70 % Sangat Baik" (7 people) by 1.
    """
    organisasi = read_label(
        predikat_organisasi, PREDIKAT_ORGANISASI, _ORGANISASI_ALIASES, "predikat organisasi"
    )
    counts = _counts(predikat_pegawai)
    total = sum(counts.values())
    if total == 0:
        raise IkiError(_("give the predikat of at least one employee"))
    broken: list[Pelanggaran] = []
    for quota in rules_data()["distribusi-2022"][organisasi]["kuota"]:
        labels = tuple(quota["predikat"])
        found = sum(counts[label] for label in labels)
        if "maksimal" in quota:
            percent = int(quota["maksimal"])
            allowed = math.floor(Fraction(percent, 100) * total)
            if found > allowed:
                broken.append(
                    Pelanggaran(labels, "maksimal", percent, allowed, found, found - allowed)
                )
            continue
        percent_or_none = quota.get("minimal")
        needed = 1 if percent_or_none is None else math.ceil(Fraction(percent_or_none, 100) * total)
        if found < needed:
            broken.append(
                Pelanggaran(labels, "minimal", percent_or_none, needed, found, needed - found)
            )
    return broken
