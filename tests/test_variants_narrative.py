"""Formulas said in the narrative of a performance report or an indicator manual
(``benchmarks/variants_narrative.py``): a subject, a copula or a verb of computing, the HEAD of
the operation (``membandingkan``, ``hasil pembagian antara``, ``rasio``) and its operands; a
SCRIPT of steps (``1. hitung …; 2. bagi dengan …; 3. kalikan 100%``); sentences before and
after that are no part of the formula. Floor: the work half (55.7 % read right before session
14's rules, 100 % after; the fresh half, never looked at while the rules were written, 65.3 →
89.7 %, is the honest figure). And the families the rules read, each written once as a document writes it,
with names of its own."""

from __future__ import annotations

import pytest

import ikicalc
from benchmarks.variants_narrative import PAIRS, RATIO_PREDICATES, STEPS, half_of, pools, rate
from ikicalc.errors import FormulaSyntaxError


def test_the_pools_split_in_two_halves() -> None:
    for items in ([first for first, _ in PAIRS], STEPS, [p + j for p, j in RATIO_PREDICATES]):
        assert {half_of(item) for item in items} == {"work", "fresh"}
    work, fresh = pools("work"), pools("fresh")
    assert not set(work.pairs) & set(fresh.pairs)
    assert not set(work.ratio_predicates) & set(fresh.ratio_predicates)


def test_sentences_of_the_work_half_are_read_right() -> None:
    right, total = rate("work")
    assert total == 600
    assert right / total >= 0.97


@pytest.mark.parametrize(
    ("text", "variables", "canonical"),
    [
        # LKjIP: the indicator, a verb of computing and its link, the head, its operands
        (
            "Persentase rumah ibadah yang bersertifikat diukur dengan membandingkan jumlah rumah "
            "ibadah bersertifikat terhadap jumlah rumah ibadah yang terdata, kemudian dikalikan "
            "100%.",
            ("jumlah rumah ibadah bersertifikat", "jumlah rumah ibadah yang terdata"),
            "jumlah rumah ibadah bersertifikat / jumlah rumah ibadah yang terdata × 100%",
        ),
        # a copula and a noun that names the ratio, its operands joined by "dengan"
        (
            "Rasio ketergantungan merupakan rasio jumlah penduduk usia tidak produktif dengan "
            "jumlah penduduk usia produktif",
            ("jumlah penduduk usia tidak produktif", "jumlah penduduk usia produktif"),
            "jumlah penduduk usia tidak produktif / jumlah penduduk usia produktif",
        ),
        # "proporsi … terhadap …" after a verb, a multiplier after the second operand
        (
            "Tingkat penyerapan anggaran dihitung dari proporsi realisasi belanja langsung "
            "terhadap pagu belanja langsung x 100%.",
            ("realisasi belanja langsung", "pagu belanja langsung"),
            "realisasi belanja langsung / pagu belanja langsung × 100%",
        ),
        # a difference named by its head: "selisih antara A dan B"
        (
            "Kesenjangan pendapatan adalah selisih antara rata-rata upah pekerja laki-laki dan "
            "rata-rata upah pekerja perempuan.",
            ("rata-rata upah pekerja laki-laki", "rata-rata upah pekerja perempuan"),
            None,
        ),
        # the remark after the formula's sentence, on a line of its own, is set aside
        (
            "Indikator ini merupakan rasio jumlah puskesmas terakreditasi dengan jumlah\n"
            "puskesmas.\nSemakin tinggi nilainya semakin baik kinerja dinas.",
            ("jumlah puskesmas terakreditasi", "jumlah puskesmas"),
            "jumlah puskesmas terakreditasi / jumlah puskesmas",
        ),
        # an active verb of the sentence before the head ("menunjukkan", "mengukur")
        (
            "Indikator ini menunjukkan perbandingan jumlah desa mandiri terhadap jumlah desa "
            "di kabupaten.",
            ("jumlah desa mandiri", "jumlah desa di kabupaten"),
            "jumlah desa mandiri / jumlah desa di kabupaten",
        ),
        # … not a relative clause's verb: "yang memiliki rasio …" is inside a name
        (
            "Jumlah sekolah yang memiliki rasio guru terhadap murid ideal dibagi jumlah sekolah",
            ("Jumlah sekolah yang memiliki rasio guru terhadap murid ideal", "jumlah sekolah"),
            "Jumlah sekolah yang memiliki rasio guru terhadap murid ideal / jumlah sekolah",
        ),
        # the second operand repeats the first one's head word: the "dan" before it joins
        (
            "Persentase jalan mantap merupakan perbandingan antara panjang jalan kondisi baik "
            "dan sedang dan panjang jalan seluruhnya.",
            ("panjang jalan kondisi baik dan sedang", "panjang jalan seluruhnya"),
            "panjang jalan kondisi baik dan sedang / panjang jalan seluruhnya",
        ),
        # a label and its unit before a colon, then the head
        (
            "Persentase jalan mantap (%) : perbandingan panjang jalan mantap dengan panjang "
            "jalan x 100%",
            ("panjang jalan mantap", "panjang jalan"),
            "panjang jalan mantap / panjang jalan × 100%",
        ),
        (
            "Persentase sampah terkelola (%): volume sampah terkelola dibagi volume timbulan "
            "sampah x 100%",
            ("volume sampah terkelola", "volume timbulan sampah"),
            "volume sampah terkelola / volume timbulan sampah × 100%",
        ),
        # a time after the scale of a ratio said by its head: the period, no name
        (
            "Persentase desa mandiri merupakan perbandingan jumlah desa mandiri dengan jumlah "
            "desa x 100% pada akhir tahun 2025.",
            ("jumlah desa mandiri", "jumlah desa"),
            "jumlah desa mandiri / jumlah desa × 100%",
        ),
        # a sentence after the formula about its result ("Hasil capaian … dibandingkan
        # dengan target"): what is done with the result, not a second formula
        (
            "Indikator ini mengukur penduduk yang bekerja. Capaian dihitung dengan membagi "
            "jumlah penduduk bekerja dengan jumlah angkatan kerja, dikalikan 100%. Hasil capaian "
            "kemudian dibandingkan dengan target tahunan.",
            ("jumlah penduduk bekerja", "jumlah angkatan kerja"),
            "jumlah penduduk bekerja / jumlah angkatan kerja × 100%",
        ),
        # Manual IKU: a script of numbered steps
        (
            "Cara perhitungan:\n1. hitung jumlah koperasi yang melaksanakan RAT;\n2. bagi dengan "
            "jumlah koperasi aktif;\n3. kalikan 100%.",
            ("jumlah koperasi yang melaksanakan RAT", "jumlah koperasi aktif"),
            "jumlah koperasi yang melaksanakan RAT / jumlah koperasi aktif × 100%",
        ),
        # … steps opened by ordinals, the result named ("hasilnya")
        (
            "Pertama, tentukan luas kawasan hutan yang direhabilitasi. Kedua, bagi hasilnya "
            "dengan luas lahan kritis. Ketiga, kalikan 100%.",
            ("luas kawasan hutan yang direhabilitasi", "luas lahan kritis"),
            "luas kawasan hutan yang direhabilitasi / luas lahan kritis × 100%",
        ),
        # … and by connectives, the first step unmarked, the last a passive verb
        (
            "Hitung jumlah aduan yang selesai, kemudian bagi dengan jumlah aduan yang masuk, "
            "lalu hasilnya dikalikan 100%.",
            ("jumlah aduan yang selesai", "jumlah aduan yang masuk"),
            "jumlah aduan yang selesai / jumlah aduan yang masuk × 100%",
        ),
        # steps that name the quantities, then one that operates on both ("Bagi A dengan B")
        (
            "1. Hitung jumlah anak yang bersekolah.\n2. Hitung jumlah anak usia sekolah.\n"
            "3. Bagi jumlah anak yang bersekolah dengan jumlah anak usia sekolah, kemudian "
            "kalikan 100%.",
            ("jumlah anak yang bersekolah", "jumlah anak usia sekolah"),
            "jumlah anak yang bersekolah / jumlah anak usia sekolah × 100%",
        ),
        # a comma before an imperative that says on what it operates
        (
            "Cara menghitung: hitung jumlah keluarga yang memiliki jamban sehat, bagi dengan "
            "jumlah seluruh keluarga, kemudian kalikan dengan 100%.",
            ("jumlah keluarga yang memiliki jamban sehat", "jumlah seluruh keluarga"),
            "jumlah keluarga yang memiliki jamban sehat / jumlah seluruh keluarga × 100%",
        ),
        # numbered lines, each after the first opening with an operator word
        (
            "1. Jumlah peserta KB aktif\n2. dibagi jumlah PUS\n3. dikali 100%",
            ("Jumlah peserta KB aktif", "jumlah PUS"),
            "Jumlah peserta KB aktif / jumlah PUS × 100%",
        ),
        # a step whose operand is an operation named by its head: its result, in brackets
        (
            "1. Hitung selisih antara penduduk miskin tahun lalu dan penduduk miskin tahun ini;"
            " 2. bagi dengan penduduk miskin tahun lalu; 3. kalikan 100%",
            ("penduduk miskin tahun lalu", "penduduk miskin tahun ini"),
            "(penduduk miskin tahun lalu - penduduk miskin tahun ini) / penduduk miskin tahun "
            "lalu × 100%",
        ),
        # the last line ends the formula, then a note: the formula's last words are kept
        (
            "Persentase desa mandiri diperoleh dari hasil bagi antara jumlah desa mandiri dan\n"
            "jumlah desa, kemudian dikalikan\n100%. Data bersumber dari Dinas PMD.",
            ("jumlah desa mandiri", "jumlah desa"),
            "jumlah desa mandiri / jumlah desa × 100%",
        ),
        # the first operand ends with a cited paragraph's bracket before the join (UU 36/2008)
        (
            "Penghasilan Kena Pajak dihitung dengan cara mengurangkan dari penghasilan "
            "sebagaimana dimaksud dalam Pasal 4 ayat (1) dengan pengurangan sebagaimana "
            "dimaksud dalam Pasal 6 ayat (1) dan ayat (2).",
            (
                "penghasilan sebagaimana dimaksud dalam Pasal 4 ayat (1)",
                "pengurangan sebagaimana dimaksud dalam Pasal 6 ayat (1) dan ayat (2)",
            ),
            None,
        ),
        # a rate applied to a base: the product (UU 36/2008 PPh, PDRD)
        (
            "Penyusutan dihitung dengan cara menerapkan tarif penyusutan atas nilai sisa buku.",
            ("tarif penyusutan", "nilai sisa buku"),
            "tarif penyusutan × nilai sisa buku",
        ),
        (
            "Besaran pajak dihitung dengan cara mengalikan tarif dengan dasar pengenaan pajak "
            "atas tanah.",
            ("tarif", "dasar pengenaan pajak atas tanah"),
            "tarif × dasar pengenaan pajak atas tanah",
        ),
    ],
)
def test_a_family_is_read(text: str, variables: tuple[str, ...], canonical: str | None) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == variables
    if canonical is not None:
        assert str(formula) == canonical
    else:
        assert " - " in str(formula)


def test_a_percentage_multiplied_keeps_its_word() -> None:
    # "persentase … dikalikan …": a percentage multiplied; the word names the quantity
    formula = ikicalc.parse(
        "Bagian daerah dihitung berdasarkan persentase bagian daerah dikalikan dengan "
        "penerimaan bersih."
    )
    assert formula.variables == ("persentase bagian daerah", "penerimaan bersih")


def test_bagi_that_means_for_opens_no_step() -> None:
    # "Bagi X dengan …, …": "for X with …", a clause of the sentence (PP 19/2006's way)
    formula = ikicalc.parse(
        "Bagi koperasi dengan modal sendiri di bawah 1 miliar, iuran adalah 2% dikalikan "
        "sisa hasil usaha."
    )
    assert formula.variables == ("sisa hasil usaha",)


def test_steps_with_no_counting_step_are_no_script() -> None:
    # an imperative that operates, with nothing counted before it, computes nothing
    with pytest.raises(FormulaSyntaxError):
        ikicalc.parse("1. bagi dengan jumlah penduduk; 2. kalikan 100%")


def test_a_head_verb_misspelt_after_a_cue_is_a_guess() -> None:
    # UU 18/2000 (PPN), as published: "mengalihkan" (to divert) for "mengalikan" (to multiply)
    text = (
        "(1) Pajak Pertambahan Nilai yang terutang dihitung dengan cara mengalihkan tarif "
        "sebagaimana dimaksud dalam Pasal 7 dengan Dasar Pengenaan Pajak."
    )
    formula = ikicalc.parse(text)
    assert formula.variables == ("tarif sebagaimana dimaksud dalam Pasal 7", "Dasar Pengenaan Pajak")
    assert " × " in str(formula)
    assert "mengalikan" in " ".join(d.message for d in ikicalc.lint(text) if d.code == "W110")


def test_a_real_verb_one_letter_from_a_head_with_no_join_stays_prose() -> None:
    text = "Anggaran dihitung dengan cara mengalihkan dana dari pos belanja ke pos lain."
    assert len(ikicalc.parse(text).variables) == 1
    assert "W106" in {d.code for d in ikicalc.lint(text)}
