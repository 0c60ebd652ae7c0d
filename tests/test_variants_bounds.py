"""Where a quantity's name starts and ends in a sentence (``benchmarks/variants_bounds.py``):
real names (the variables of the development cells' labels) set in sentence frames, split into a
work half and a fresh half by a hash of each phrase. Floor: the work half (52.5 % read right
before session 15's rules). And the families the rules read, each written once with names of
its own: what opens the sentence before its first name, what follows its last."""

from __future__ import annotations

import pytest

import ikicalc
from benchmarks.variants_bounds import AFTER, BEFORE, MINUS, half_of, label_names, rate


def test_the_pools_split_in_two_halves() -> None:
    for items in (AFTER, BEFORE, MINUS, label_names()):
        assert {half_of(item) for item in items} == {"work", "fresh"}


def test_sentences_of_the_work_half_are_read_right() -> None:
    right, total = rate("work")
    assert total == 400
    assert right / total >= 0.9


@pytest.mark.parametrize(
    ("text", "variables", "canonical"),
    [
        # a clause a subordinating conjunction opens after the last name: the sentence's
        (
            "Jumlah murid lulus dibagi jumlah murid terdaftar x 100% supaya hasilnya dapat "
            "diperbandingkan.",
            ("Jumlah murid lulus", "jumlah murid terdaftar"),
            "Jumlah murid lulus / jumlah murid terdaftar × 100%",
        ),
        (
            "Jumlah sekolah yang terakreditasi dibagi jumlah sekolah walaupun datanya belum "
            "lengkap.",
            ("Jumlah sekolah yang terakreditasi", "jumlah sekolah"),
            "Jumlah sekolah yang terakreditasi / jumlah sekolah",
        ),
        (
            "Luas sawah irigasi dikalikan indeks pertanaman bilamana laporannya tersedia.",
            ("Luas sawah irigasi", "indeks pertanaman"),
            "Luas sawah irigasi × indeks pertanaman",
        ),
        (
            "Panjang jalan mantap ditambah panjang jembatan baik guna memantau kinerja.",
            ("Panjang jalan mantap", "panjang jembatan baik"),
            "Panjang jalan mantap + panjang jembatan baik",
        ),
        (
            "Pendapatan retribusi dikurangi biaya pungut kemudian hasilnya dibulatkan.",
            ("Pendapatan retribusi", "biaya pungut"),
            "Pendapatan retribusi - biaya pungut",
        ),
        # … but a condition whose verb follows its conjunction may qualify the noun before it
        (
            "Nilai ekonomi = harga sampah apabila didaur ulang x berat sampah",
            ("harga sampah apabila didaur ulang", "berat sampah"),
            "Nilai ekonomi = harga sampah apabila didaur ulang × berat sampah",
        ),
        # what opens the sentence before its first name: a conjunction, a clause of purpose,
        # a verb with no subject
        (
            "Dengan demikian, jumlah kasus sembuh dibagi jumlah kasus x 100%.",
            ("jumlah kasus sembuh", "jumlah kasus"),
            "jumlah kasus sembuh / jumlah kasus × 100%",
        ),
        (
            "Tatkala jumlah kunjungan ibu hamil dibagi jumlah sasaran ibu hamil.",
            ("jumlah kunjungan ibu hamil", "jumlah sasaran ibu hamil"),
            "jumlah kunjungan ibu hamil / jumlah sasaran ibu hamil",
        ),
        (
            "Supaya didapat angka kelulusan, jumlah peserta lulus dibagi jumlah peserta ujian.",
            ("jumlah peserta lulus", "jumlah peserta ujian"),
            "jumlah peserta lulus / jumlah peserta ujian",
        ),
        (
            "Mencermati data jumlah desa mandiri dibagi jumlah desa x 100%.",
            ("jumlah desa mandiri", "jumlah desa"),
            "jumlah desa mandiri / jumlah desa × 100%",
        ),
        # the label of the formula's field opening the cell's last sentence: the sentences
        # before it describe the indicator
        (
            "Mengukur kesiapan layanan, dengan parameter : petugas (60%) serta alat (40%). "
            "Penanggung jawab : Dinas Sosial (petugas 50%). Metode penghitungan : (nilai "
            "petugas x bobot petugas)/10",
            ("nilai petugas", "bobot petugas"),
            "nilai petugas × bobot petugas / 10",
        ),
        # the operands announced by their number and class before they are named; the
        # sentence that does so holds the formula, the definitions after it are set aside
        (
            "Indeks ini merupakan rata-rata dari tiga dimensi yakni Skor Dimensi Ekonomi, Skor "
            "Dimensi Sosial dan Skor Dimensi Lingkungan. Skor Dimensi Ekonomi didefinisikan "
            "sebagai nilai yang dihitung dari survei rumah tangga tahunan.",
            ("Skor Dimensi Ekonomi", "Skor Dimensi Sosial", "Skor Dimensi Lingkungan"),
            "rata-rata (Skor Dimensi Ekonomi, Skor Dimensi Sosial, Skor Dimensi Lingkungan)",
        ),
        # a deduction said with either subtraction word
        (
            "Laba bersih adalah laba kotor setelah dikurangkan dengan beban usaha.",
            ("laba kotor", "beban usaha"),
            "laba kotor - beban usaha",
        ),
    ],
)
def test_where_a_name_starts_and_ends(
    text: str, variables: tuple[str, ...], canonical: str
) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == variables
    assert str(formula) == canonical
