"""The API of issue 15 is a contract: other apps and acceptance checks call exactly these."""

from __future__ import annotations

import inspect
from decimal import Decimal
from fractions import Fraction

import ikicalc


def _kinds(function: object) -> dict[str, inspect._ParameterKind]:
    return {n: p.kind for n, p in inspect.signature(function).parameters.items()}  # type: ignore[arg-type]


def test_signatures() -> None:
    keyword = inspect.Parameter.KEYWORD_ONLY
    positional = inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert _kinds(ikicalc.nilai_capaian_iki) == {"capaian": positional, "target_maksimal": keyword}
    assert _kinds(ikicalc.nilai_kinerja_tambahan) == dict.fromkeys(
        ("kategori", "bobot", "nilai"), positional
    )
    assert _kinds(ikicalc.nilai_akhir_skp) == dict.fromkeys(("utama", "tambahan"), positional)
    assert _kinds(ikicalc.nilai_kinerja_pp30) == {
        "nilai_skp": positional,
        "nilai_perilaku": positional,
        "bobot_skp": keyword,
    }
    assert _kinds(ikicalc.predikat_pp30) == {"nilai": positional, "ide_baru": keyword}
    assert _kinds(ikicalc.predikat_kinerja) == dict.fromkeys(
        ("hasil_kerja", "perilaku_kerja"), positional
    )
    assert _kinds(ikicalc.cek_distribusi) == dict.fromkeys(
        ("predikat_organisasi", "predikat_pegawai"), positional
    )


def test_results_and_types() -> None:
    r = ikicalc.nilai_capaian_iki("98,5")
    assert r.kategori in ("Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang")
    assert isinstance(r.nilai, Decimal)
    assert r.nilai == r.nilai.quantize(Decimal("0.01"))
    assert isinstance(r.exact, Fraction)
    assert isinstance(ikicalc.nilai_kinerja_tambahan("Baik", 10, 100), Decimal)
    assert isinstance(ikicalc.nilai_akhir_skp([100]), Decimal)
    assert isinstance(ikicalc.nilai_kinerja_pp30(100, 90), Decimal)
    assert isinstance(ikicalc.predikat_pp30(100), str)
    assert isinstance(ikicalc.predikat_kinerja("sesuai", "sesuai"), str)
    assert len(ikicalc.PREDIKAT_ORGANISASI) == 5
    assert ikicalc.cek_distribusi("Baik", {"Baik": 7, "Butuh Perbaikan": 3}) == []
    assert ikicalc.scale("capaian-iki-2021").name == "capaian-iki-2021"
    assert ikicalc.scale("sakip").name == "sakip"
    for name in ("nilai_capaian_iki", "cek_distribusi", "PREDIKAT_ORGANISASI", "predikat_kinerja"):
        assert name in ikicalc.__all__
