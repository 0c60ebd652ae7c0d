"""Formulas written as sentences (issue 14, session 8): each family on its real cells (quoted
with their id) and on cells written the same way with other names and other lengths.

The rules are for ways of writing, not for cells: every test of a family holds at least one
cell no rule was drawn from.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc
from ikicalc.lang import ast


def _names(text: str) -> list[str]:
    formula = ikicalc.parse(text)
    return [v.name for v in ast.walk(formula.expr) if isinstance(v, ast.Variable)]


def _codes(text: str) -> list[str]:
    return [d.code for d in ikicalc.lint(text)]


def _roundtrip(text: str) -> None:
    formula = ikicalc.parse(text)
    assert ikicalc.parse(str(formula)) == formula


# ---- comparison phrasing: the noun of a ratio and the word that joins its quantities --------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # jabar-kepgub-061-2015-iku-pemprov-github#08
        (
            "Rasio antara masyarakat Jawa Barat yang terdaftar dalam DPT dengan yang memberikan "
            "suara dalam Pemilu atau Pemilukada",
            [
                "masyarakat Jawa Barat yang terdaftar dalam DPT",
                "yang memberikan suara dalam Pemilu atau Pemilukada",
            ],
        ),
        # pp-78-2007-pembentukan-daerah#01 (labelled prose: the guess says so)
        (
            "Rasio antara jumlah penduduk dengan luas wilayah efektif.",
            ["jumlah penduduk", "luas wilayah efektif"],
        ),
        # the same way of writing, other names, other lengths
        ("Rasio antara jumlah dokter dengan jumlah penduduk", ["jumlah dokter", "jumlah penduduk"]),
        (
            "Rasio antara jumlah penduduk laki-laki dan jumlah penduduk perempuan",
            ["jumlah penduduk laki-laki", "jumlah penduduk perempuan"],
        ),
        (
            "Rasio antara panjang jalan kabupaten dalam kondisi mantap dengan panjang jalan "
            "kabupaten seluruhnya",
            ["panjang jalan kabupaten dalam kondisi mantap", "panjang jalan kabupaten seluruhnya"],
        ),
        (
            "Rasio jumlah puskesmas dengan jumlah penduduk kecamatan",
            ["jumlah puskesmas", "jumlah penduduk kecamatan"],
        ),
    ],
)
def test_a_ratio_named_and_joined_by_dengan_is_a_recorded_guess(
    text: str, names: list[str]
) -> None:
    formula = ikicalc.parse(text)
    assert isinstance(formula.expr, ast.Binary)
    assert formula.expr.op is ast.Op.DIV
    assert _names(text) == names
    assert "W110" in _codes(text)  # never silent: a definition says the same words
    _roundtrip(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rasio penduduk dengan disabilitas",  # 'dengan' inside a name, no counted quantity after
        "Jumlah penduduk dengan disabilitas yang bekerja",
        "Rasio Elektrifikasi adalah ukuran tingkat ketersediaan listrik di suatu daerah",
    ],
)
def test_dengan_inside_a_name_stays_a_word(text: str) -> None:
    assert _names(text) == [text]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # jabar-dishub-iku-2017-github#02: two spaces after 'dengan'
        (
            "Perbandingan Jumlah kabupaten/kota yang ikut serta dalam WTN dengan  "
            "Kabupaten/Kota di Jawa Barat",
            ["Jumlah kabupaten/kota yang ikut serta dalam WTN", "Kabupaten/Kota di Jawa Barat"],
        ),
        # the same with other names and a line break
        (
            "Perbandingan jumlah desa yang memiliki BUMDes aktif dengan\n  jumlah desa",
            ["jumlah desa yang memiliki BUMDes aktif", "jumlah desa"],
        ),
        # 'hasil bagi A dan B'
        ("Hasil bagi jumlah guru dan jumlah murid", ["jumlah guru", "jumlah murid"]),
        (
            "merupakan hasil bagi antara volume sampah yang terangkut dan volume timbulan sampah "
            "dikalikan 100",
            ["volume sampah yang terangkut", "volume timbulan sampah"],
        ),
        # the noun of a ratio heading a cell that writes its comparison
        (
            "Rasio antara jumlah Koperasi yang sehat dibandingkan dengan total populasi koperasi",
            ["jumlah Koperasi yang sehat", "total populasi koperasi"],
        ),
    ],
)
def test_comparisons_said_in_words_divide(text: str, names: list[str]) -> None:
    assert _names(text) == names
    _roundtrip(text)


# ---- the words before the first quantity that are not a quantity -----------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # bps-indah-sdsn-github#08
        (
            "suatu indikator yang menggambarkan tingkat pertumbuhan/perkembangan nilai atau "
            "kuantitas suatu peubah pada tahun ke t dibandingkan dengan nilai atau kuantitas "
            "tahun t-1 dikalikan 100",
            ["nilai atau kuantitas suatu peubah pada tahun ke t", "nilai atau kuantitas tahun t-1"],
        ),
        # pmk-85-2024-pbb-p2-pdf#01
        (
            "Tanah kosong, nilai pasar dibagi luas tanah dalam \nsatuan meter persegi.",
            ["nilai pasar", "luas tanah dalam satuan meter persegi"],
        ),
        # the same ways of writing, other words
        (
            "Angka yang menunjukkan banyaknya kematian bayi dibagi jumlah kelahiran hidup x 1.000",
            ["banyaknya kematian bayi", "jumlah kelahiran hidup"],
        ),
        (
            "Indikator ini mencerminkan kemandirian fiskal daerah: realisasi PAD dibagi total "
            "pendapatan daerah x 100%",
            ["realisasi PAD", "total pendapatan daerah"],
        ),
        ("Bangunan, nilai pasar dibagi luas bangunan", ["nilai pasar", "luas bangunan"]),
        # a passive verb of computing and how; the verb that counts before a quantity
        (
            "Tingkat kemiskinan diukur dari jumlah penduduk miskin dibanding jumlah penduduk "
            "x 100%",
            ["jumlah penduduk miskin", "jumlah penduduk"],
        ),
        (
            "Indikator ini diukur dengan cara menghitung jumlah desa yang memiliki BUMDes aktif "
            "dibandingkan dengan jumlah desa x 100%",
            ["jumlah desa yang memiliki BUMDes aktif", "jumlah desa"],
        ),
        (
            "Menghitung jumlah desa yang memiliki BUMDes aktif dibagi jumlah desa x 100%",
            ["jumlah desa yang memiliki BUMDes aktif", "jumlah desa"],
        ),
        ("Nilai dihitung melalui jumlah A dibagi jumlah B", ["jumlah A", "jumlah B"]),
        (
            "Untuk jalan kabupaten, panjang jalan dalam kondisi baik dibagi panjang jalan "
            "seluruhnya x 100%",
            ["panjang jalan dalam kondisi baik", "panjang jalan seluruhnya"],
        ),
    ],
)
def test_words_before_the_first_quantity_are_set_aside(text: str, names: list[str]) -> None:
    assert _names(text) == names
    _roundtrip(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a counted quantity before the verb: the clause is the name's
        (
            "Jumlah dokumen yang menggambarkan kondisi daerah dibagi jumlah dokumen x 100%",
            ["Jumlah dokumen yang menggambarkan kondisi daerah", "jumlah dokumen"],
        ),
        (
            "Jumlah petugas yang menghitung jumlah suara dibagi jumlah petugas",
            ["Jumlah petugas yang menghitung jumlah suara", "jumlah petugas"],
        ),
        # a list of names before a comma: no quantity word after it
        (
            "Dokter, perawat dan bidan dibagi jumlah penduduk",
            ["Dokter, perawat dan bidan", "jumlah penduduk"],
        ),
        (
            "Jumlah dokter, perawat, dan bidan dibagi jumlah penduduk",
            ["Jumlah dokter, perawat, dan bidan", "jumlah penduduk"],
        ),
    ],
)
def test_a_quantity_before_the_verb_or_the_comma_stays(text: str, names: list[str]) -> None:
    assert _names(text) == names


# ---- what a cell says twice, a qualifier after the whole ---------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # bps-bandung-barat-insani#01: the qualifier restates the explanation ('yaitu …')
        (
            "Tingkat Partisipasi Angkatan Kerja (TPAK) dihitung dengan membagi jumlah angkatan "
            "kerja yaitu penduduk usia 15 tahun ke atas yang bekerja atau sedang mencari "
            "pekerjaan dengan total penduduk usia kerja (15 tahun ke atas), kemudian hasilnya "
            "dikalikan seratus persen untuk mendapatkan persentasenya.",
            "jumlah angkatan kerja / total penduduk usia kerja × 100%",
        ),
        # the figure in words, then in digits
        (
            "Realisasi anggaran dibagi pagu anggaran dikali seratus persen (100%)",
            "Realisasi anggaran / pagu anggaran × 100%",
        ),
        (
            "Jumlah kematian bayi dibagi jumlah kelahiran hidup dikali seribu (1.000)",
            "Jumlah kematian bayi / jumlah kelahiran hidup × 1000",
        ),
        # a qualifier of the whole after the scale
        (
            "Jumlah balita gizi buruk dibagi jumlah balita dikali 100% (0-59 bulan)",
            "Jumlah balita gizi buruk / jumlah balita × 100%",
        ),
        # a qualifier no explanation said is the name's
        (
            "Jumlah anak usia SD (6-12 tahun) / jumlah penduduk (6-12 tahun) x 100%",
            "Jumlah anak usia SD (6-12 tahun) / jumlah penduduk (6-12 tahun) × 100%",
        ),
        (
            "Jumlah penduduk usia 15 tahun ke atas yang bekerja dibagi jumlah angkatan kerja "
            "(15 tahun ke atas) dikali 100%",
            "Jumlah penduduk usia 15 tahun ke atas yang bekerja / jumlah angkatan kerja "
            "(15 tahun ke atas) × 100%",
        ),
    ],
)
def test_what_is_said_twice_is_read_once(text: str, written: str) -> None:
    assert str(ikicalc.parse(text)) == written
    _roundtrip(text)


# ---- a difference said in words, 'tahun lalu' ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Selisih antara realisasi dan target", "realisasi - target"),
        (
            "Selisih antara pendapatan daerah dengan belanja daerah",
            "pendapatan daerah - belanja daerah",
        ),
        (
            "Selisih antara nilai tahun ini dan nilai tahun lalu dibagi nilai tahun lalu x 100%",
            "(nilai tahun ini - nilai tahun lalu) / nilai tahun lalu × 100%",
        ),
        ("Selisih harga", "Selisih harga"),
        # 'lalu' after 'tahun' is last year, not 'then'
        (
            "Jumlah kasus bulan ini dibanding jumlah kasus bulan lalu dikali 100%",
            "Jumlah kasus bulan ini / jumlah kasus bulan lalu × 100%",
        ),
        (
            "PAD tahun ini dikurangi PAD tahun lalu dibagi PAD tahun lalu dikali 100%",
            "(PAD tahun ini - PAD tahun lalu) / PAD tahun lalu × 100%",
        ),
    ],
)
def test_a_difference_and_last_year_said_in_words(text: str, written: str) -> None:
    assert str(ikicalc.parse(text)) == written
    _roundtrip(text)


def test_a_list_inside_a_numerator_is_not_cut_to_its_last_item() -> None:
    # kks-2025-instrumen-sipantas-github#05: the list announced on the line after the colon;
    # its numbers end no sentence, so the last item is no longer read as the numerator: the
    # list is part of the numerator's name (session 9, lang/listed.py, a guess)
    text = (
        "Jumlah penderita hipertensi usia 15 tahun keatas yang mendapatkan pelayanan kesehatan "
        "sesuai standar minimal ≥ 60% di wilayah kerjanya dalam kurun waktu satu tahun yang "
        "meliputi :\n1. Pengukuran tekanan darah dilakukan minimal satu kali sebulan di "
        "fasilitas pelayanan kesehatan\n2. Edukasi perubahan gaya hidup\n3. Terapi Farmakologi"
        "\n4. Melakukan rujukan jika diperlukan\ndibagi seluruh penyandang hipertensi dikali 100%."
    )
    formula = ikicalc.parse(text)
    numerator, denominator = formula.variables
    assert numerator.startswith("Jumlah penderita hipertensi")
    assert numerator.endswith(
        ": 1. Pengukuran tekanan darah dilakukan minimal satu kali sebulan "
        "di fasilitas pelayanan kesehatan 2. Edukasi perubahan gaya hidup 3. "
        "Terapi Farmakologi 4. Melakukan rujukan jika diperlukan"
    )
    assert denominator == "seluruh penyandang hipertensi"
    assert formula.guesses
    _roundtrip(text)


# ---- the name of a rate indicator before the words that say how it is computed ---------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # bps-indah-sdsn-github#03
        (
            "Jumlah ATM per 100.000 penduduk dewasa diperoleh dengan cara membagi jumlah ATM "
            "dikalikan dengan 100.000 dibagi dengan jumlah orang dewasa.",
            "jumlah ATM × 100000 / jumlah orang dewasa",
        ),
        # the same way, other rates and other verbs
        (
            "Rasio dokter per 1.000 penduduk dihitung dengan membagi jumlah dokter dengan jumlah "
            "penduduk dikali 1.000",
            "jumlah dokter / jumlah penduduk × 1000",
        ),
        (
            "Angka kematian bayi per 1.000 kelahiran hidup adalah jumlah kematian bayi dibagi "
            "jumlah kelahiran hidup x 1.000",
            "jumlah kematian bayi / jumlah kelahiran hidup × 1000",
        ),
        (
            "Rasio puskesmas per 30.000 penduduk dihitung dari jumlah puskesmas dibagi jumlah "
            "penduduk dikali 30.000",
            "jumlah puskesmas / jumlah penduduk × 30000",
        ),
        # the rate is the formula when nothing says how it is computed
        (
            "Jumlah kematian bayi per 1.000 kelahiran hidup",
            "Jumlah kematian bayi / kelahiran hidup × 1000",
        ),
    ],
)
def test_the_rate_in_a_rate_indicators_name_is_no_operator(text: str, written: str) -> None:
    assert str(ikicalc.parse(text)) == written
    _roundtrip(text)


# ---- a sentence wrapped over lines by a narrow column ------------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # bps-bandung-barat-insani#01 as a 45-character column leaves it
        (
            "Tingkat Partisipasi Angkatan Kerja (TPAK)\ndihitung dengan membagi jumlah angkatan "
            "kerja\nyaitu penduduk usia 15 tahun ke atas yang\nbekerja atau sedang mencari "
            "pekerjaan dengan\ntotal penduduk usia kerja (15 tahun ke atas),\nkemudian hasilnya "
            "dikalikan seratus persen\nuntuk mendapatkan persentasenya.",
            "jumlah angkatan kerja / total penduduk usia kerja × 100%",
        ),
        # karo-opendata-dkpp#01 wrapped: a sentence ends inside the paragraph
        (
            "Nilai yang diperoleh dari perkalian\npersentase angka kecukupan energi setiap\n"
            "golongan bahan pangan dengan bobotnya.\nSemakin tinggi skor PPH, konsumsi pangan\n"
            "semakin beragam dan bergizi seimbang. Jika\nskor konsumsi pangan mencapai 100, maka"
            "\nwilayah tersebut dikatakan tahan pangan.",
            r"\text{persentase angka kecukupan energi setiap golongan bahan pangan} × "
            r"\text{bobotnya}",
        ),
        # the same ways with other words and widths
        (
            "Rasio antara jumlah rumah tangga tanpa akses\nair bersih dengan jumlah rumah tangga",
            "jumlah rumah tangga tanpa akses air bersih / jumlah rumah tangga",
        ),
        (
            "Jumlah masyarakat yang terlibat tahun ini\ndibandingkan jumlah masyarakat yang "
            "terlibat\ntahun lalu dikali 100%",
            "Jumlah masyarakat yang terlibat tahun ini / jumlah masyarakat yang terlibat tahun "
            "lalu × 100%",
        ),
        # a sum going on over the break
        (
            "DSCR = {PAD + (DBH – DBHDR) + DAU} – Belanja Wajib ≥ 2,5 Angsuran pokok pinjaman "
            "+ Bunga +\nBiaya Lain",
            "DSCR = (PAD + (DBH - DBHDR) + DAU - Belanja Wajib) / (Angsuran pokok pinjaman + "
            "Bunga + Biaya Lain)",
        ),
    ],
)
def test_a_sentence_wrapped_over_lines_reads_as_one_line(text: str, written: str) -> None:
    assert str(ikicalc.parse(text)) == written
    _roundtrip(text)


@pytest.mark.parametrize(
    "text",
    [
        # a stack: the scale ends its numerator's line; a number alone under it
        "Jumlah Kab/Kota yg telah mencapai prevalensi stunting kurang dari 20% (panjang badan "
        "terhadap umur <-2SD) X 100 %\n35",
        # a legend under the formula
        "Persentase = A dibagi B x 100%\nA = jumlah desa yang memiliki BUMDes\nB = jumlah desa",
        # a closing sentence on the last line
        "Ratio Laba terhadap Aktiva Produktif Tahun ini - Ratio Laba terhadap Aktiva Produktif "
        "Tahun lalu.\nData bersumber dari laporan tahunan dinas.",
    ],
)
def test_lines_that_carry_layout_are_kept(text: str) -> None:
    from ikicalc.lang.paragraph import join_wrapped

    chars = list(text)
    join_wrapped(chars)
    assert "".join(chars).count("\n") == text.count("\n")


# ---- what web applications leave: character references, notes under the formula -------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # gunungkidul-pemkab-iku-esakip-github#01 (batch 13)
        (
            "Rumus:<br/>\n(&Sigma; luasan Daerah Irigasi (DI) yang teraliri air irigasi / &Sigma; "
            "luasan Daerah Irigasi)x100%\n<br/>\nTipologi data: Non komulatif",
            "Σ luasan Daerah Irigasi (DI) yang teraliri air irigasi / Σ luasan Daerah Irigasi "
            "× 100%",
        ),
        # gunungkidul-pemkab-iku-esakip-github#03
        (
            "Rumus:<br/>\n(Jumlah kamar yang terjual / tamu yang check in) x 100% <br/>\n"
            "Tipologi data: Non komulatif",
            "Jumlah kamar yang terjual / tamu yang check in × 100%",
        ),
        # gunungkidul-pemkab-iku-esakip-github#07: the office and the period under it
        (
            "Rumus:<br/>\n&Sigma; luasan lahan kritis dikurangi \t&Sigma; luasan lahan kritis "
            "yang terehabilitasi<br/>\nDinas Lingkungan Hidup<br/>\nLaporan tahunan<br/>\n"
            "Tipologi data: Non komulatif",
            "Σ luasan lahan kritis - Σ luasan lahan kritis yang terehabilitasi",
        ),
        # gunungkidul-pemkab-iku-esakip-github#12: 'Yang dimaksud …' under it
        (
            "Rumus:<br/>\nProduktivitas x luas panen<br/>\nYang dimaksud komoditas unggulan "
            "tanaman pangan yaitu: padi, jagung, kedelai, dan ubi kayu<br/>\nTipologi data: Non "
            "Komulatif",
            "Produktivitas × luas panen",
        ),
        # the same ways, other words and references
        (
            "(&sum; desa dengan BUMDes aktif &divide; &sum; desa) &times; 100%\n"
            "Sumber data: DPMD\nPeriode: tahunan",
            "Σ desa dengan BUMDes aktif / Σ desa × 100%",
        ),
        (
            "Jumlah pengaduan yang diselesaikan / jumlah pengaduan yang masuk x 100%\n"
            "Yang dimaksud dengan pengaduan adalah laporan masyarakat melalui kanal resmi",
            "Jumlah pengaduan yang diselesaikan / jumlah pengaduan yang masuk × 100%",
        ),
    ],
)
def test_references_and_notes_of_web_applications(text: str, written: str) -> None:
    assert str(ikicalc.parse(text)) == written
    _roundtrip(text)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # a stack: the line under the scale is its denominator (jabar-diskimrum-lkip-2016 style)
        (
            "Jumlah rumah layak huni\nx 100%\nJumlah rumah",
            "Jumlah rumah layak huni / Jumlah rumah × 100%",
        ),
        # the name goes on in lower case under the ratio (karawang-iku-dinkes#01)
        (
            "Jumlah Keluarga Sehat\nFormulasi Perhitungan : Jumlah Keluarga di wilayah "
            "Kabupaten dalam kurun waktu x 100%\nsatu tahun",
            "Jumlah Keluarga Sehat / Jumlah Keluarga di wilayah Kabupaten dalam kurun waktu "
            "satu tahun × 100%",
        ),
    ],
)
def test_lines_under_a_formula_that_belong_to_it_stay(text: str, written: str) -> None:
    assert str(ikicalc.parse(text)) == written


# ---- the formula in brackets under a field's title, after the indicator's name ----------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # banyuwangi-dpmd-renstra-2025-2029-github#01 (batch 12)
        (
            "Indeks Desa (ID)\n(Formula : Nilai\nTotal    Indeks\ndesa      dibagi\nJumlah     "
            "Total\ndesa)",
            "Nilai Total Indeks desa / Jumlah Total desa",
        ),
        # banyuwangi-dpmd-renstra-2025-2029-github#04: ':' divides
        (
            "Nilai Rata-rata Dimensi Layanan dasar Desa\n(Formula : Total nilai Dimensi layanan "
            "dasar\ndesa : Total desa)",
            "Total nilai Dimensi layanan dasar desa / Total desa",
        ),
        # banyuwangi-dpmd-renstra-2025-2029-github#07: the formula is one quantity
        (
            "Nilai Sakip OPD (Formula : Nilai Hasil\nEvaluasi Akuntabilitas kinerja OPD oleh\n"
            "Inspektorat di Tahun N)",
            "Nilai Hasil Evaluasi Akuntabilitas kinerja OPD oleh Inspektorat di Tahun N",
        ),
        # other titles, other words
        (
            "Persentase desa mandiri (Rumus: jumlah desa mandiri dibagi jumlah desa x 100%)",
            "jumlah desa mandiri / jumlah desa × 100%",
        ),
        (
            "Rasio guru terhadap murid\n(Cara perhitungan : jumlah guru dibagi\njumlah murid).",
            "jumlah guru / jumlah murid",
        ),
    ],
)
def test_a_formula_in_brackets_under_a_title(text: str, written: str) -> None:
    assert str(ikicalc.parse(text)) == written
    _roundtrip(text)


# ---- batch 12 and 13 families: a copula and the computation named, shares of a total,
# ---- parallel percentages, a percentage after a spaced 'x' ------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # semarang-bappeda-kajian-sampah-2021-github#01
        (
            "Nilai ekonomi sampah\nsecara keseluruhan merupakan jumlah jenis sampah yang dapat "
            "didaur dikali harga jenis\nsampah.",
            "jumlah jenis sampah yang dapat didaur × harga jenis sampah",
        ),
        # kulonprogo-perbup-53-2015-bantuan-parpol-github#01
        (
            "(1) Besaran     nilai  bantuan  persuara   yang\nmendapatkan kursi di DPRD "
            "sebagaimana\ndimaksud dalam Pasal 3 ayat (2) berdasarkan\nhasil penghitungan jumlah "
            "bantuan keuangan\nAPBD tahun anggaran sebelumnya dibagi\ndengan jumlah perolehan "
            "suara hasil Pemilu\nDPRD bagi Partai Politik yang mendapatkan\nkursi periode "
            "sebelumnya.",
            "jumlah bantuan keuangan APBD tahun anggaran sebelumnya / jumlah perolehan suara "
            "hasil Pemilu DPRD bagi Partai Politik yang mendapatkan kursi periode sebelumnya",
        ),
        # kulonprogo-perbup-49-2012-pajak-air-tanah-github#01
        (
            "9. Harga Dasar Air yang selanjutnya disingkat HDA\nadalah harga air tanah per "
            "satuan volume yang\nakan dikenai pajak pemanfaatan air tanah,\nbesarnya sama dengan "
            "harga air baku dikalikan\ndengan faktor nilai air.",
            "harga air baku × faktor nilai air",
        ),
        # the same ways, other words
        (
            "Biaya pemeliharaan merupakan luas bangunan dikali harga satuan pemeliharaan",
            "luas bangunan × harga satuan pemeliharaan",
        ),
        (
            "Insentif dihitung berdasarkan hasil penghitungan jumlah pajak yang diterima dibagi "
            "jumlah wajib pajak",
            "jumlah pajak yang diterima / jumlah wajib pajak",
        ),
    ],
)
def test_a_copula_and_the_computation_named(text: str, written: str) -> None:
    assert str(ikicalc.parse(text)) == written
    _roundtrip(text)


def test_shares_of_a_total_in_terms_of_their_own() -> None:
    # kulonprogo-perbup-38-2017-bagi-hasil-add-github#02 (batch 12), the allocation of
    # Alokasi Dana Desa
    text = (
        "ADD untuk suatu desa = Pagu ADD x [(25 % x\njumlah penduduk suatu Desa terhadap total\n"
        "penduduk Desa di Daerah) + (10 % x luas\nwilayah suatu Desa terhadap total luas "
        "wilayah\ndesa di Daerah) + (35 % x angka kemiskinan\nsuatu Desa terhadap total angka "
        "kemiskinan\nDesa di Daerah) + (30 % x tingkat kesulitan\ngeografis suatu Desa terhadap "
        "total tingkat\nkesulitan geografis Desa di Daerah)]."
    )
    names = _names(text)
    assert len(names) == 9
    assert "total penduduk Desa di Daerah" in names
    # other words: two shares
    assert _names(
        "Bobot = (60 % x jumlah penduduk desa terhadap jumlah penduduk kabupaten) + (40 % x "
        "luas desa terhadap total luas kabupaten)"
    ) == [
        "jumlah penduduk desa",
        "jumlah penduduk kabupaten",
        "luas desa",
        "total luas kabupaten",
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # cirebon-bkpsdm-pengukuran-kinerja-2026-github#01 (batch 13)
        (
            "Persentase kinerja ditambah persentase kompetensi ditambah persentase disiplin "
            "dibagi 3",
            ["Persentase kinerja", "persentase kompetensi", "persentase disiplin"],
        ),
        # cirebon-bkpsdm-pengukuran-kinerja-2026-github#03
        (
            "Persentase ASN yang melanjutkan jenjang pendidikan formal ditambah Persentase ASN "
            "yang telah mengikuti pelatihan dibagi 2",
            [
                "Persentase ASN yang melanjutkan jenjang pendidikan formal",
                "Persentase ASN yang telah mengikuti pelatihan",
            ],
        ),
        # a leading 'Persentase' with no parallel operand still introduces the formula
        (
            "Persentase jumlah desa mandiri dibagi jumlah desa x 100%",
            ["jumlah desa mandiri", "jumlah desa"],
        ),
        # kulonprogo-perbup-39-2019-tpp-berbasis-kinerja-github#07: '%' after a spaced 'x'
        (
            "TK = TKB+ TKO + ( TKI x % tingkat kedisiplinan)",
            ["TKB", "TKO", "TKI", "% tingkat kedisiplinan"],
        ),
    ],
)
def test_parallel_percentages_and_a_percentage_after_x(text: str, names: list[str]) -> None:
    assert _names(text) == names
    _roundtrip(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # gunungkidul-pemkab-iku-esakip-github#04 (batch 13)
        (
            "(Jumlah PMKS yang memperoleh bantuan sosial untuk pemenuhan kebutuhan dasar/ PMKS)"
            "x100%",
            ["Jumlah PMKS yang memperoleh bantuan sosial untuk pemenuhan kebutuhan dasar", "PMKS"],
        ),
        ("(Jumlah balita yang ditimbang/ balita)x100%", ["Jumlah balita yang ditimbang", "balita"]),
        ("Jumlah SPJ GU/ TU x 100%", ["Jumlah SPJ GU/ TU"]),  # no word of the left: words
    ],
)
def test_a_slash_before_what_the_numerator_counts_divides(text: str, names: list[str]) -> None:
    assert _names(text) == names
    if len(names) == 2:
        assert "W110" in _codes(text)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # kulonprogo-perbup-39-2019-tpp-berbasis-kinerja-github#03 (batch 12): ':' divides
        ("NT = (PA : Tbj) : 12", "NT = PA / Tbj / 12"),
        ("(A + B) : 2", "(A + B) / 2"),
        # a list after a bracket stays a list
        (
            "Jumlah dokumen (RPJMD) : 1. dokumen A 2. dokumen B",
            "Jumlah dokumen (RPJMD) : 1. dokumen A 2. dokumen B",
        ),
    ],
)
def test_a_colon_after_a_bracket_divides_by_a_number(text: str, written: str) -> None:
    assert str(ikicalc.parse(text)) == written


def test_a_regulations_paragraph_wrapped_over_lines() -> None:
    # a regulation's paragraph as a 45-character column leaves it (pp-21-2007 style): "(3)" opens the
    # paragraph, "(2) huruf a" after "ayat" is a citation, not a list
    from ikicalc.lang.paragraph import join_wrapped

    text = (
        "(3) Bagi daerah dengan kemampuan keuangan\ndaerah rendah sebagaimana dimaksud pada "
        "ayat\n(2) huruf c, Belanja Penunjang Operasional\nPimpinan disediakan paling banyak 2 "
        "kali\nuang representasi Ketua DPRD ditambah 1½\nkali jumlah uang representasi Wakil "
        "Ketua."
    )
    chars = list(text)
    join_wrapped(chars)
    assert "\n" not in "".join(chars)
    # a list under a paragraph keeps its lines
    listed = (
        "Skor dihitung dengan membagi jumlah nilai dengan:\n1. jumlah unsur yang dinilai\n2. bobot"
    )
    chars = list(listed)
    join_wrapped(chars)
    assert "".join(chars).count("\n") == 2


@pytest.mark.parametrize(
    ("text", "names", "value"),
    [
        # kulonprogo-perbup-39-2019-tpp-berbasis-kinerja-github#02 (batch 12), on one line
        (
            "pagu anggaran 1 (satu) tahun dibagi jumlah keseluruhan bobot jabatan dibagi 12 "
            "(dua belas) bulan",
            ("pagu anggaran 1 (satu) tahun", "jumlah keseluruhan bobot jabatan"),
            Fraction(1, 12),
        ),
        (
            "Jumlah lansia dalam 1 (satu) tahun yang dibina / Jumlah lansia dalam 1 (satu) "
            "tahun x 100 (seratus) persen",
            ("Jumlah lansia dalam 1 (satu) tahun yang dibina", "Jumlah lansia dalam 1 (satu) tahun"),
            Fraction(100),
        ),
    ],
)
def test_a_number_said_again_in_words_inside_a_name_is_the_names(
    text: str, names: tuple[str, ...], value: Fraction
) -> None:
    """``1 (satu) tahun`` inside a name stays as written; said again after an operand (``dibagi
    12 (dua belas) bulan``, ``x 100 (seratus) persen``) the words are set aside."""
    formula = ikicalc.parse(text)
    assert formula.variables == names
    assert formula.evaluate(dict.fromkeys(names, 1)).exact == value
