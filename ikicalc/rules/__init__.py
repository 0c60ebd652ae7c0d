"""The scoring rules in force, one module per regulation.

- :mod:`ikicalc.rules.iki_2021`: PermenPAN-RB 8/2021 (Sistem Manajemen Kinerja PNS): capaian
  IKI, kategori and nilai capaian IKI, nilai tertimbang, kinerja tambahan, nilai akhir SKP.
- :mod:`ikicalc.rules.pp30_2019`: PP 30/2019 Pasal 41: nilai kinerja PNS and its predikat.
- :mod:`ikicalc.rules.kinerja_2022`: PermenPAN-RB 6/2022 (Pengelolaan Kinerja Pegawai ASN):
  predikat kinerja pegawai, predikat kinerja organisasi and the distribution of predikat.
- :mod:`ikicalc.rules.sakip`: PermenPAN-RB 88/2021 (Evaluasi AKIP): predikat SAKIP.

The tables these rules use are data: ``ikicalc/data/scales.toml`` (category scales) and
``ikicalc/data/rules.toml`` (factors, matrix, distribution quotas), each with its source.
"""

from __future__ import annotations

from ikicalc.rules.iki_2021 import (
    KATEGORI_CAPAIAN,
    NilaiCapaian,
    capaian_iki,
    kategori_capaian,
    nilai_akhir_skp,
    nilai_capaian_iki,
    nilai_kinerja_tambahan,
    nilai_tertimbang,
)
from ikicalc.rules.kinerja_2022 import (
    EKSPEKTASI,
    PREDIKAT_ORGANISASI,
    PREDIKAT_PEGAWAI,
    Pelanggaran,
    cek_distribusi,
    predikat_kinerja,
)
from ikicalc.rules.pp30_2019 import nilai_kinerja_pp30, predikat_pp30
from ikicalc.rules.sakip import predikat_sakip

__all__ = [
    "EKSPEKTASI",
    "KATEGORI_CAPAIAN",
    "PREDIKAT_ORGANISASI",
    "PREDIKAT_PEGAWAI",
    "NilaiCapaian",
    "Pelanggaran",
    "capaian_iki",
    "cek_distribusi",
    "kategori_capaian",
    "nilai_akhir_skp",
    "nilai_capaian_iki",
    "nilai_kinerja_pp30",
    "nilai_kinerja_tambahan",
    "nilai_tertimbang",
    "predikat_kinerja",
    "predikat_pp30",
    "predikat_sakip",
]
