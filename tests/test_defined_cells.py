"""Cells that define the indicator before they compute it, legends with a constant's line,
stacks whose label stands apart, and sums said in words (session 22). Each is a way of
writing taken from the blind written sets' misses; session 21's code read each of these
cells wrong."""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc
from tests.readings import read_back


def _value(text: str, values: dict[str, int]) -> Fraction:
    formula = read_back(text)
    return Fraction(formula.evaluate(values).exact)


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (  # the subject names the ratio ("per"); the predicate computes it
            "Rasio panjang jalan per jumlah kendaraan adalah panjang jalan (km) dibagi jumlah "
            "kendaraan bermotor yang terdaftar.",
            ("panjang jalan (km)", "jumlah kendaraan bermotor yang terdaftar"),
        ),
        (  # "persentase A terhadap B, yaitu A dibagi B …": the description, then the formula
            "Tingkat Partisipasi Angkatan Kerja (TPAK) diukur sebagai persentase jumlah "
            "angkatan kerja terhadap jumlah penduduk usia kerja (15 tahun ke atas), yaitu "
            "jumlah angkatan kerja dibagi jumlah penduduk usia kerja dikali 100%.",
            ("jumlah angkatan kerja", "jumlah penduduk usia kerja"),
        ),
        (  # a rate in the description ("untuk setiap 1.000 …") computes nothing
            "Gross Death Rate (GDR) adalah angka kematian umum untuk setiap 1.000 penderita "
            "keluar, dihitung dengan rumus jumlah pasien mati seluruhnya dibagi jumlah pasien "
            "keluar (hidup dan mati) dikali 1.000",
            ("jumlah pasien mati seluruhnya", "jumlah pasien keluar (hidup dan mati)"),
        ),
    ],
)
def test_the_term_defined_is_no_part_of_the_formula(text: str, variables: tuple[str, ...]) -> None:
    assert read_back(text).variables == variables


def test_rasio_antara_joins_with_the_dengan_before_a_counted_quantity() -> None:
    """'rasio antara jumlah A yang memiliki akses terhadap sumber … dengan jumlah B': the
    'terhadap' is A's; the bracketed '(x 100%)' after 'dinyatakan dalam persen' is read once."""
    text = (
        "Persentase rumah tangga yang memiliki akses terhadap layanan sumber air minum layak "
        "adalah rasio antara jumlah rumah tangga yang memiliki akses terhadap sumber air minum "
        "layak dengan jumlah seluruh rumah tangga, dinyatakan dalam persen (x 100%)."
    )
    formula = read_back(text)
    assert formula.variables == (
        "jumlah rumah tangga yang memiliki akses terhadap sumber air minum layak",
        "jumlah seluruh rumah tangga",
    )
    assert _value(text, dict(zip(formula.variables, (1, 4), strict=True))) == 25


def test_acronyms_spelt_out_in_the_sentence_take_their_words() -> None:
    """BPS: 'rata-rata dari indeks harapan lama sekolah dan indeks rata-rata lama sekolah,
    yaitu (IHLS + IRLS) / 2': each acronym is the run of words whose initials spell it."""
    formula = read_back(
        "Indeks pendidikan dihitung sebagai rata-rata dari indeks harapan lama sekolah dan "
        "indeks rata-rata lama sekolah, yaitu (IHLS + IRLS) / 2"
    )
    assert formula.variables == ("indeks harapan lama sekolah", "indeks rata-rata lama sekolah")


def test_acronyms_stay_when_not_every_one_is_spelt_out() -> None:
    """Permen LHK 27/2021: 'tentang Indeks Kualitas Lingkungan Hidup, … IKLH = (0.376 x IKA)
    + …': 'Indeks Kualitas Lingkungan' is the start of a longer name, and IKA is spelt
    nowhere; every symbol stays as written."""
    formula = read_back(
        "Menurut Peraturan Menteri Nomor 27 Tahun 2021 tentang Indeks Kualitas Lingkungan "
        "Hidup, IKLH dihitung menggunakan rumus IKLH = (0.376 x IKA) + (0.405 x IKU) + "
        "(0.219 x IKL)"
    )
    assert formula.variables == ("IKA", "IKU", "IKL")


def test_aliases_listed_after_a_copula_lose_the_sentence_words() -> None:
    """'(IDM) merupakan rata-rata dari Indeks … (IKS), … dan Indeks … (IKL); … IDM = 1/3 (IKS
    + IKE + IKL)': 'merupakan rata-rata dari' and the list's 'dan' are no words of a name."""
    formula = read_back(
        "Indeks Desa Membangun (IDM) merupakan rata-rata dari Indeks Ketahanan Sosial (IKS), "
        "Indeks Ketahanan Ekonomi (IKE) dan Indeks Ketahanan Lingkungan (IKL); dihitung dengan "
        "rumus IDM = 1/3 (IKS + IKE + IKL)."
    )
    assert formula.variables == (
        "Indeks Ketahanan Sosial",
        "Indeks Ketahanan Ekonomi",
        "Indeks Ketahanan Lingkungan",
    )


@pytest.mark.parametrize(
    "text",
    [
        "IKM = NRR x 25\ndengan:\nNRR = Nilai rata-rata tertimbang seluruh unsur pelayanan\n"
        "25 = nilai dasar konversi ke skala 25-100",
        "IKM = NRR Tertimbang x 25\ndengan:\nNRR Tertimbang = Nilai rata-rata tertimbang "
        "seluruh unsur pelayanan\n25 = nilai dasar konversi ke skala 25-100",
    ],
)
def test_a_constants_line_ends_the_legend_entry_above_it(text: str) -> None:
    """PermenPANRB 14/2017 (SKM): '25 = nilai dasar …' says what the formula's 25 is; it used
    to run into the entry above, which then named nothing."""
    assert read_back(text).variables == ("Nilai rata-rata tertimbang seluruh unsur pelayanan",)


def test_a_symbol_glued_to_sigma_is_named_by_its_legend() -> None:
    formula = read_back(
        "NK = ΣXi / n\nKeterangan:\nNK   : Nilai kinerja\nXi    : Nilai capaian sasaran ke-i\n"
        "n      : Jumlah sasaran"
    )
    assert formula.variables == ("Nilai capaian sasaran ke-i", "Jumlah sasaran")


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (  # the spaces round the minus are no column of a label beside the stack
            "PDRB ADHK tahun n  -  PDRB ADHK tahun n-1\nLaju Pertumbuhan Ekonomi = "
            "-------------------------------------------- x 100%\nPDRB ADHK tahun n-1",
            ("PDRB ADHK tahun n", "PDRB ADHK tahun n-1"),
        ),
        (  # the label's column in lower case, set apart by a wide gap
            "Persentase\nrumah tangga      Jumlah rumah tangga yang mengakses air minum layak\n"
            "ber-akses air   = ____________________________________________ x 100 %\n"
            "minum layak       Jumlah rumah tangga seluruhnya",
            ("Jumlah rumah tangga yang mengakses air minum layak", "Jumlah rumah tangga seluruhnya"),
        ),
        (  # the label above the numerator, its '=' left on the middle line
            "Angka Kesakitan DBD (IR DBD)\nJumlah kasus DBD\n= ------------------------- x "
            "100.000 penduduk\nJumlah penduduk\ndi wilayah yang sama pada periode yang sama",
            ("Jumlah kasus DBD", "Jumlah penduduk di wilayah yang sama pada periode yang sama"),
        ),
    ],
)
def test_a_stacks_label_stands_apart_from_its_names(text: str, variables: tuple[str, ...]) -> None:
    assert read_back(text).variables == variables


def test_the_difference_over_a_labelled_bar_keeps_its_first_name() -> None:
    """Laju pertumbuhan ekonomi: the numerator 'A  -  B' used to lose A's words to the label's
    column (read as n − B: a wrong value, silently)."""
    text = (
        "PDRB ADHK tahun n  -  PDRB ADHK tahun n-1\nLaju Pertumbuhan Ekonomi = "
        "-------------------------------------------- x 100%\nPDRB ADHK tahun n-1"
    )
    values = {"PDRB ADHK tahun n": 110, "PDRB ADHK tahun n-1": 100}
    assert _value(text, values) == 10


@pytest.mark.parametrize(
    ("text", "variables", "values", "expected"),
    [
        (  # "penjumlahan X": the rows of X added (Σ), then × 25
            "Nilai IKM unit pelayanan diperoleh dari penjumlahan NRR tertimbang kesembilan "
            "unsur pelayanan, kemudian dikalikan dengan 25 sebagai nilai dasar.",
            ("NRR tertimbang kesembilan unsur pelayanan",),
            None,
            None,
        ),
        (  # "menjumlahkan A, kemudian membaginya dengan B": Σ A / B
            "Rata-rata lama sekolah dihitung dengan menjumlahkan lama sekolah seluruh penduduk "
            "berusia 25 tahun ke atas, kemudian membaginya dengan jumlah penduduk berusia 25 "
            "tahun ke atas.",
            (
                "lama sekolah seluruh penduduk berusia 25 tahun ke atas",
                "jumlah penduduk berusia 25 tahun ke atas",
            ),
            None,
            None,
        ),
        (  # "jumlah dari A dan B" after the copula: A + B
            "Jumlah kunjungan wisatawan adalah jumlah dari wisatawan nusantara dan wisatawan "
            "mancanegara yang berkunjung ke obyek wisata dalam satu tahun.",
            (
                "wisatawan nusantara",
                "wisatawan mancanegara yang berkunjung ke obyek wisata dalam satu tahun",
            ),
            (2, 3),
            5,
        ),
        (  # "membandingkan A dengan jumlah dari B dan C": A / (B + C); "pusat/provinsi" a word
            "Rasio kemandirian keuangan daerah dihitung dengan membandingkan Pendapatan Asli "
            "Daerah dengan jumlah dari bantuan pemerintah pusat/provinsi dan pinjaman daerah, "
            "dikalikan 100%.",
            ("Pendapatan Asli Daerah", "bantuan pemerintah pusat/provinsi", "pinjaman daerah"),
            (3, 1, 2),
            100,
        ),
    ],
)
def test_sums_said_in_words(
    text: str,
    variables: tuple[str, ...],
    values: tuple[int, ...] | None,
    expected: int | None,
) -> None:
    formula = read_back(text)
    assert formula.variables == variables
    if values is not None:
        assert _value(text, dict(zip(variables, values, strict=True))) == expected


def test_a_single_sum_said_as_penjumlahan_is_a_sigma() -> None:
    formula = read_back("penjumlahan nilai seluruh unsur dibagi jumlah unsur")
    assert "Σ" in str(formula)


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (  # "per" between two measures opened by the same word, × 100%: a ratio (W110)
            "Persentase luas RTH publik = luas RTH publik per luas wilayah kota x 100%",
            ("luas RTH publik", "luas wilayah kota"),
        ),
        (  # "(a : b)" divides; "dimana a yaitu …, b yaitu …" names them
            "Persentase = (a : b) x 100%, dimana a yaitu jumlah arsip yang tertata sesuai "
            "kaidah kearsipan, b yaitu jumlah arsip yang dikelola",
            ("jumlah arsip yang tertata sesuai kaidah kearsipan", "jumlah arsip yang dikelola"),
        ),
        (  # a symbol of several underscores
            "Tingkat graduasi = (Jml_KPM_graduasi / Jml_KPM) x 100%\nKet :\nJml_KPM_graduasi : "
            "jumlah KPM PKH yang graduasi mandiri\nJml_KPM : jumlah KPM PKH",
            ("jumlah KPM PKH yang graduasi mandiri", "jumlah KPM PKH"),
        ),
        (  # the indicator's title on a line above its symbol's equation
            "Nilai Tukar Nelayan (NTN)\nNTN = It/Ib x 100\ndi mana:\nIt = indeks harga yang "
            "diterima nelayan\nIb = indeks harga yang dibayar nelayan\nSatuan: poin",
            ("indeks harga yang diterima nelayan", "indeks harga yang dibayar nelayan"),
        ),
        (  # the mean's bar over the label's X (a combining macron)
            "X̄ = ∑Xi / n\nKeterangan :\nX̄ = rata-rata nilai kinerja pegawai\nXi = nilai SKP "
            "pegawai ke-i\nn = jumlah pegawai yang dinilai",
            ("nilai SKP pegawai ke-i", "jumlah pegawai yang dinilai"),
        ),
        (  # an age range up to a bound, in brackets inside the name
            "Jumlah anak (0 - <17 th) yg memiliki KIA / Jumlah anak (0 - <17 th) di Kab. "
            "Bantul x 100%",
            ("Jumlah anak (0 - <17 th) yg memiliki KIA", "Jumlah anak (0 - <17 th) di Kab. Bantul"),
        ),
        (  # the fields of an indicator's profile (KMK indikator mutu), its title first
            "Judul Indikator: Kepatuhan kebersihan tangan\nNumerator: Jumlah tindakan "
            "kebersihan tangan yang dilakukan\nDenominator: Jumlah peluang kebersihan tangan\n"
            "Formula: (Numerator / Denominator) x 100%",
            ("Jumlah tindakan kebersihan tangan yang dilakukan", "Jumlah peluang kebersihan tangan"),
        ),
        (  # the two fields in one sentence, a semicolon between them
            "Numerator: jumlah petugas yang patuh menggunakan APD; Denominator: jumlah seluruh "
            "petugas yang diobservasi. Dikalikan 100%.",
            ("jumlah petugas yang patuh menggunakan APD", "jumlah seluruh petugas yang diobservasi"),
        ),
    ],
)
def test_written_shapes_of_tables_and_fields(text: str, variables: tuple[str, ...]) -> None:
    assert read_back(text).variables == variables


def test_an_operator_verb_of_a_relative_clause_stays_in_the_name() -> None:
    """'volume sampah yang dikurangi melalui bank sampah': a verb before 'melalui' opens no
    operand ([grammar] operator_not_before); the name keeps its 'yang', and no lint W122."""
    text = (
        "Persentase sampah yang tertangani = (Volume sampah yang ditangani di TPA + volume "
        "sampah yang dikurangi melalui bank sampah dan TPS3R) / volume timbulan sampah x 100%"
    )
    formula = read_back(text)
    assert formula.variables[1] == "volume sampah yang dikurangi melalui bank sampah dan TPS3R"
    assert "W122" not in {d.code for d in ikicalc.lint(text)}
    assert read_back("A dikurangi B").variables == ("A", "B")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dihitung dengan menjumlahkan mahasiswa yang mengikuti MBKM dan mahasiswa yang "
            "meraih prestasi, kemudian membaginya dengan jumlah mahasiswa aktif, dikali 100%.",
            Fraction(100 * (7 + 5), 3),
        ),
        (
            "Cara menghitung IDM cukup mudah: jumlahkan Indeks Ketahanan Sosial, Indeks "
            "Ketahanan Ekonomi dan Indeks Ketahanan Lingkungan, lalu hasilnya dibagi tiga.",
            Fraction(7 + 5 + 3, 3),
        ),
        (
            "Capaian sasaran diperoleh dengan cara capaian indikator 1, capaian indikator 2 dan "
            "capaian indikator 3 dijumlahkan kemudian dibagi tiga.",
            Fraction(7 + 5 + 3, 3),
        ),
    ],
)
def test_a_sum_said_then_divided(text: str, expected: Fraction) -> None:
    formula = read_back(text)
    values = dict(zip(formula.variables, (7, 5, 3), strict=True))
    assert Fraction(formula.evaluate(values).exact) == expected


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (  # "(y-on-y)" after a period's figure: words, no implicit product before the cue
            "Pertumbuhan ekonomi triwulan III-2024 terhadap triwulan III-2023 (y-on-y) dihitung "
            "dari PDRB ADHK triwulan III-2024 dikurangi PDRB ADHK triwulan III-2023, dibagi PDRB "
            "ADHK triwulan III-2023, dikali 100 persen.",
            ("PDRB ADHK triwulan III-2024", "PDRB ADHK triwulan III-2023"),
        ),
        (  # a sentence under the legend about its symbols ("ditetapkan …"): no entry's words
            "Besaran ADD untuk setiap desa dihitung dengan rumus sebagai berikut:\nADDx = ADDM + "
            "ADDP\nKeterangan:\nADDx = Alokasi Dana Desa untuk desa x\nADDM = Alokasi Dana Desa "
            "Minimal\nADDP = Alokasi Dana Desa Proporsional\nADDM dan ADDP ditetapkan setiap "
            "tahun dengan Keputusan Bupati.",
            ("Alokasi Dana Desa Minimal", "Alokasi Dana Desa Proporsional"),
        ),
        (  # an FAQ's question, then its answer
            "Bagaimana menghitung persentase realisasi anggaran? Caranya, realisasi belanja "
            "sampai dengan akhir triwulan dibagi dengan pagu anggaran dalam DPA, lalu dikalikan "
            "100 persen.",
            ("realisasi belanja sampai dengan akhir triwulan", "pagu anggaran dalam DPA"),
        ),
        (  # a footnote whose mark is a figure on the line: the mark glued to 'sosial'
            "Jumlah keluarga miskin penerima bantuan sosial1\n-------------------------- x 100%\n"
            "Jumlah keluarga miskin di Kab. Gunungkidul\n1 berdasarkan DTKS Kementerian Sosial",
            ("Jumlah keluarga miskin penerima bantuan sosial", "Jumlah keluarga miskin di Kab. Gunungkidul"),
        ),
    ],
)
def test_words_around_the_formula(text: str, variables: tuple[str, ...]) -> None:
    assert read_back(text).variables == variables


def test_a_question_mark_lost_for_a_sign_is_still_refused() -> None:
    """'Jumlah A ? Jumlah B': no question word opens it; the '?' stays an error, never a
    preamble that would drop the numerator."""
    with pytest.raises(ikicalc.IkiError):
        ikicalc.parse("Jumlah A ? Jumlah B x 100%")


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (  # the bound under the formula is a rule the value obeys, not its arithmetic
            "Tarif Rata-rata = Biaya Dasar + Keuntungan yang Wajar\nKeuntungan yang wajar "
            "paling tinggi 10% (sepuluh persen) dari biaya dasar.",
            ("Biaya Dasar", "Keuntungan yang Wajar"),
        ),
        (
            "Tunjangan Keluarga = (10% x Gaji Pokok) + (2% x Gaji Pokok x Jumlah Anak)\n"
            "Jumlah Anak paling banyak 2 (dua) orang.",
            ("Gaji Pokok", "Jumlah Anak"),
        ),
        (  # under its legend, opened by "dengan ketentuan"
            "Denda = 2% x n x P\nketerangan:\nn = jumlah bulan keterlambatan;\nP = pokok pajak "
            "terutang yang tidak atau kurang dibayar;\ndengan ketentuan n paling banyak 15 "
            "(lima belas) bulan.",
            ("jumlah bulan keterlambatan", "pokok pajak terutang yang tidak atau kurang dibayar"),
        ),
        (  # the article's heading and the ayat's number; a verb said with its operands
            "Pasal 42\n(1) Besaran pokok PBB-P2 yang terutang dihitung dengan cara mengalikan "
            "dasar pengenaan PBB-P2 setelah dikurangi NJOP tidak kena pajak dengan tarif PBB-P2.",
            ("dasar pengenaan PBB-P2", "NJOP tidak kena pajak", "tarif PBB-P2"),
        ),
        (  # the sentence that introduces the formula, and a minus written as an en dash
            "(2) Celah fiskal sebagaimana dimaksud pada ayat (1) dihitung dengan rumus:\n"
            "CF = KbF – KpF\ndi mana:\nCF : Celah Fiskal\nKbF : Kebutuhan Fiskal\n"
            "KpF : Kapasitas Fiskal",
            ("Kebutuhan Fiskal", "Kapasitas Fiskal"),
        ),
        (  # an item's letter before a share
            "a. 10% (sepuluh persen) dari jumlah bruto nilai persewaan tanah dan/atau bangunan;",
            ("jumlah bruto nilai persewaan tanah dan/atau bangunan",),
        ),
    ],
)
def test_regulation_passages(text: str, variables: tuple[str, ...]) -> None:
    assert read_back(text).variables == variables


def test_a_mixed_number_percent_in_a_sentence() -> None:
    """PP 11/1969: 'pensiun … adalah 2½% (dua setengah persen) dari dasar pensiun'."""
    text = "(1) Besarnya pensiun pegawai sebulan adalah 2½% (dua setengah persen) dari dasar pensiun."
    formula = read_back(text)
    assert formula.variables == ("dasar pensiun",)
    assert Fraction(formula.evaluate({"dasar pensiun": 1000}).exact) == 25


def test_a_bound_in_a_stacks_denominator_stays_in_its_name() -> None:
    formula = read_back(
        "Cakupan K4 = Jumlah ibu hamil K4\n------------------- x 100%\n"
        "Jumlah ibu hamil minimal 4 kali."
    )
    assert formula.variables == ("Jumlah ibu hamil K4", "Jumlah ibu hamil minimal 4 kali")


def test_a_rate_per_month_and_a_bound_clause_around_a_share() -> None:
    """UU HKPD style: 'bunga sebesar 1% (satu persen) per bulan dari Pajak yang terutang …,
    untuk jangka waktu paling lama 24 (dua puluh empat) bulan …': the share of the tax; the
    clause that bounds its months is set aside and quoted by W132."""
    text = (
        "(2) Dalam hal Wajib Pajak tidak membayar Pajak terutang, Wajib Pajak dikenai sanksi "
        "administratif berupa bunga sebesar 1% (satu persen) per bulan dari Pajak yang terutang "
        "yang tidak atau kurang dibayar, untuk jangka waktu paling lama 24 (dua puluh empat) "
        "bulan sejak saat terutangnya Pajak."
    )
    formula = read_back(text)
    assert formula.variables == ("Pajak yang terutang yang tidak atau kurang dibayar",)
    assert "W132" in {d.code for d in ikicalc.lint(text)}


def test_an_ayat_mark_before_a_citation_of_another_ayat() -> None:
    formula = read_back(
        "Pasal 42\n(1) Besaran pokok PBB-P2 dihitung dengan cara mengalikan dasar pengenaan "
        "PBB-P2 setelah dikurangi NJOPTKP sebagaimana dimaksud dalam Pasal 40 ayat (4) dengan "
        "tarif PBB-P2."
    )
    assert formula.variables[1] == "NJOPTKP sebagaimana dimaksud dalam Pasal 40 ayat (4)"
