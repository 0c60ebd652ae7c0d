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

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from ikicalc.rules.pp30_2019 import (
        nilai_kinerja_pp30,
        predikat_pp30,
    )
    from ikicalc.rules.sakip import (
        predikat_sakip,
    )

_LAZY: dict[str, str] = {
    "KATEGORI_CAPAIAN": "iki_2021",
    "NilaiCapaian": "iki_2021",
    "capaian_iki": "iki_2021",
    "kategori_capaian": "iki_2021",
    "nilai_akhir_skp": "iki_2021",
    "nilai_capaian_iki": "iki_2021",
    "nilai_kinerja_tambahan": "iki_2021",
    "nilai_tertimbang": "iki_2021",
    "EKSPEKTASI": "kinerja_2022",
    "PREDIKAT_ORGANISASI": "kinerja_2022",
    "PREDIKAT_PEGAWAI": "kinerja_2022",
    "Pelanggaran": "kinerja_2022",
    "cek_distribusi": "kinerja_2022",
    "predikat_kinerja": "kinerja_2022",
    "nilai_kinerja_pp30": "pp30_2019",
    "predikat_pp30": "pp30_2019",
    "predikat_sakip": "sakip",
}

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


def __getattr__(name: str) -> Any:
    """The rules' names, their module imported on first use: reading a scale or a target
    (``ikicalc.rules.scales``) does not load every regulation."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'ikicalc.rules' has no attribute {name!r}")
    # Static imports, one per module: the package names no module to import at run time.
    if module == "iki_2021":
        from ikicalc.rules import iki_2021

        return getattr(iki_2021, name)
    if module == "kinerja_2022":
        from ikicalc.rules import kinerja_2022

        return getattr(kinerja_2022, name)
    if module == "pp30_2019":
        from ikicalc.rules import pp30_2019

        return getattr(pp30_2019, name)
    from ikicalc.rules import sakip

    return getattr(sakip, name)
