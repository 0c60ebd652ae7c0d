"""PermenPAN-RB 6/2022: predikat kinerja pegawai and the distribution quotas."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ikicalc
from ikicalc.errors import IkiError
from ikicalc.rules.kinerja_2022 import EKSPEKTASI, PREDIKAT_PEGAWAI, Pelanggaran

ATAS, SESUAI, BAWAH = EKSPEKTASI


@pytest.mark.parametrize(
    ("hasil_kerja", "perilaku_kerja", "predikat"),
    [
        (ATAS, ATAS, "Sangat Baik"),
        (ATAS, SESUAI, "Baik"),
        (ATAS, BAWAH, "Kurang/Misconduct"),
        (SESUAI, ATAS, "Baik"),
        (SESUAI, SESUAI, "Baik"),
        (SESUAI, BAWAH, "Kurang/Misconduct"),
        (BAWAH, ATAS, "Butuh Perbaikan"),
        (BAWAH, SESUAI, "Butuh Perbaikan"),
        (BAWAH, BAWAH, "Sangat Kurang"),
    ],
)
def test_the_matrix(hasil_kerja: str, perilaku_kerja: str, predikat: str) -> None:
    assert ikicalc.predikat_kinerja(hasil_kerja, perilaku_kerja) == predikat


@pytest.mark.parametrize(
    "spelling",
    ["Di Atas Ekspektasi", "di atas ekspektasi", "DIATAS", "diatas", "Di atas", "di_atas"],
)
def test_ratings_in_any_common_spelling(spelling: str) -> None:
    assert ikicalc.predikat_kinerja(spelling, "Sesuai Ekspektasi") == "Baik"
    assert ikicalc.predikat_kinerja(spelling, spelling) == "Sangat Baik"
    assert ikicalc.predikat_kinerja("dibawah", "di bawah ekspektasi") == "Sangat Kurang"


def test_unknown_rating_lists_the_ratings() -> None:
    with pytest.raises(IkiError, match=r"unknown rating perilaku kerja 'luar biasa'.*Di Atas"):
        ikicalc.predikat_kinerja("sesuai", "luar biasa")


def test_organisation_labels_in_order() -> None:
    assert ikicalc.PREDIKAT_ORGANISASI == (
        "Istimewa",
        "Baik",
        "Butuh Perbaikan",
        "Kurang",
        "Sangat Kurang",
    )


def test_istimewa_office_with_too_many_sangat_baik() -> None:
    # At most 70 % Sangat Baik: 7 of 10; 8 is one too many.
    broken = ikicalc.cek_distribusi("Istimewa", ["Sangat Baik"] * 8 + ["Baik"] * 2)
    assert broken == [Pelanggaran(("Sangat Baik",), "maksimal", 70, 7, 8, 1)]
    assert "kelebihan 1 orang" in str(broken[0])
    assert ikicalc.cek_distribusi("istimewa", {"sangat baik": 7, "baik": 3}) == []


def test_baik_office_needs_someone_who_needs_improvement() -> None:
    broken = ikicalc.cek_distribusi("Baik", {"Baik": 7, "Sangat Baik": 3})
    assert broken == [
        Pelanggaran(("Butuh Perbaikan", "Kurang/Misconduct"), "minimal", None, 1, 0, 1)
    ]
    assert "harus ada" in str(broken[0])
    assert ikicalc.cek_distribusi("Baik", {"Baik": 7, "Sangat Baik": 2, "kurang": 1}) == []
    too_many = ikicalc.cek_distribusi("Baik", {"Baik": 8, "Butuh Perbaikan": 2})
    assert too_many == [Pelanggaran(("Baik",), "maksimal", 70, 7, 8, 1)]


def test_butuh_perbaikan_office() -> None:
    # At least 60 % Butuh Perbaikan (12 people: ⌈7,2⌉ = 8), Sangat Baik at most 10 % (1).
    broken = ikicalc.cek_distribusi("Cukup", {"Butuh Perbaikan": 6, "Sangat Baik": 2, "Baik": 4})
    assert broken == [
        Pelanggaran(("Butuh Perbaikan",), "minimal", 60, 8, 6, 2),
        Pelanggaran(("Sangat Baik",), "maksimal", 10, 1, 2, 1),
    ]
    assert "kurang 2 orang" in str(broken[0])


def test_kurang_office() -> None:
    fine = {"Kurang/Misconduct": 6, "Butuh Perbaikan": 1, "Sangat Baik": 1, "Baik": 2}
    assert ikicalc.cek_distribusi("Kurang", fine) == []
    broken = ikicalc.cek_distribusi("Kurang", {"Kurang/Misconduct": 6, "Baik": 4})
    assert broken == [Pelanggaran(("Butuh Perbaikan",), "minimal", 10, 1, 0, 1)]


def test_sangat_kurang_office_has_no_sangat_baik() -> None:
    broken = ikicalc.cek_distribusi(
        "Sangat Kurang", {"Sangat Kurang": 8, "misconduct": 1, "Sangat Baik": 1}
    )
    assert broken == [Pelanggaran(("Sangat Baik",), "maksimal", 0, 0, 1, 1)]


def test_bad_inputs_are_explained() -> None:
    with pytest.raises(IkiError, match="unknown predikat organisasi 'Hebat'"):
        ikicalc.cek_distribusi("Hebat", ["Baik"])
    with pytest.raises(IkiError, match="unknown predikat pegawai 'Super'"):
        ikicalc.cek_distribusi("Baik", ["Super"])
    with pytest.raises(IkiError, match="at least one employee"):
        ikicalc.cek_distribusi("Baik", [])
    with pytest.raises(IkiError, match="must be a count"):
        ikicalc.cek_distribusi("Baik", {"Baik": -1})


@settings(deadline=None)
@given(st.lists(st.sampled_from(PREDIKAT_PEGAWAI), min_size=1, max_size=60), st.data())
def test_a_broken_quota_is_fixed_by_moving_exactly_selisih_people(
    pegawai: list[str], data: st.DataObject
) -> None:
    organisasi = data.draw(st.sampled_from(ikicalc.PREDIKAT_ORGANISASI))
    for rule in ikicalc.cek_distribusi(organisasi, pegawai):
        found = sum(1 for p in pegawai if p in rule.predikat)
        assert rule.jumlah == found
        if rule.aturan == "maksimal":
            assert found - rule.selisih == rule.batas
            assert rule.batas * 100 <= (rule.persen or 0) * len(pegawai)
        else:
            assert found + rule.selisih == rule.batas
