"""Formulas said in the sentences of national regulations (batch 16 of the public cells): each
family its real cell, quoted, and cells written the same way with other names and lengths."""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc
from ikicalc.lang import ast


def _reads(text: str, canonical: str) -> ikicalc.Formula:
    formula = ikicalc.parse(text)
    assert str(formula) == canonical
    return formula


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        # UU 11/2020 (Cipta Kerja), Pasal 8 (5a)
        (
            "(5a) Tarif bunga per bulan yang ditetapkan oleh Menteri Keuangan sebagaimana "
            "dimaksud pada ayat (5) dihitung berdasarkan suku bunga acuan ditambah 10% "
            "(sepuluh persen) dan dibagi 12 (dua belas) yang berlaku pada tanggal dimulainya "
            "penghitungan sanksi.",
            "(suku bunga acuan + 10%) / 12",
        ),
        ("harga dasar ditambah 5 persen kemudian dibagi dengan 4", "(harga dasar + 5%) / 4"),
        ("nilai pokok dikurangi 2% lalu dibagi 3", "(nilai pokok - 2%) / 3"),
    ],
)
def test_a_number_then_a_division_said_in_words_applies_in_order(
    text: str, canonical: str
) -> None:
    formula = _reads(text, canonical)
    assert any("order they are said" in guess.reason for guess in formula.guesses)


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Nilai pokok ditambah 2,5 kali jumlah pegawai", "Nilai pokok + 2,5 × jumlah pegawai"),
        ("Nilai pokok ditambah 1/2 x jumlah pegawai", "Nilai pokok + 1 / 2 × jumlah pegawai"),
    ],
)
def test_a_coefficient_still_binds_to_its_quantity(text: str, canonical: str) -> None:
    assert str(ikicalc.parse(text)) == canonical


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # PP 42/1985, Pasal 4
        (
            "nilai perolehan pada tanggal 1 Januari 1984 adalah sebesar harga atau nilai "
            "perolehan dikalikan dengan faktor penyesuaian tahun 1984 terhadap tahun perolehan "
            "harta yang bersangkutan;",
            (
                "harga atau nilai perolehan",
                "faktor penyesuaian tahun 1984 terhadap tahun perolehan harta yang bersangkutan",
            ),
        ),
        (
            "Nilai buku adalah sebesar harga beli dikalikan dengan indeks harga tahun berjalan "
            "terhadap tahun pembelian",
            ("harga beli", "indeks harga tahun berjalan terhadap tahun pembelian"),
        ),
    ],
)
def test_terhadap_after_an_operator_is_a_word_of_the_name(
    text: str, names: tuple[str, ...]
) -> None:
    assert ikicalc.parse(text).variables == names


def test_terhadap_with_no_operator_before_it_still_divides() -> None:
    formula = ikicalc.parse("Capaian adalah jumlah desa terhadap jumlah kecamatan dikali 100%")
    assert str(formula) == "jumlah desa / jumlah kecamatan × 100%"


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        # UU 11/2020, Pasal 81 (Pasal 157 ayat 2), the "(2)" read by OCR as "(21"
        (
            "(21 Dalam hal penghasilan pekerja/buruh dibayarkan atas dasar perhitungan harian, "
            "upah sebulan sama dengan 30 (tiga puluh) dikalikan upah sehari.",
            "harian, upah sebulan = 30 × upah sehari",
        ),
        ("Upah sebulan adalah 30 (tiga puluh) dikalikan upah sehari.", "30 × upah sehari"),
        ("tunjangan sama dengan 25 (dua puluh lima) kali gaji pokok", "tunjangan = 25 × gaji pokok"),
        # PP 2/1976, Pasal 3
        (
            "jumlah penduduk dikurangi 400.000 (empat ratus ribu) dikalikan jumlah daerah",
            "jumlah penduduk - 400000 × jumlah daerah",
        ),
    ],
)
def test_a_number_said_again_in_words_around_any_operator_word(
    text: str, canonical: str
) -> None:
    assert str(ikicalc.parse(text)) == canonical


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        # POJK 6/2014, Pasal 15
        (
            "a. penjumlahan dari modal disetor, cadangan, dan\nlaba, dikurangi kerugian, dalam "
            "hal Lembaga\nPenjaminan berbentuk badan hukum perseroan\nterbatas, perusahaan umum, "
            "perusahaan\nperseroan dan perusahaan daerah; atau",
            "modal disetor + cadangan + laba - kerugian",
        ),
        (
            "b. penjumlahan dari setoran pokok, sertifikat\nmodal dan sisa hasil usaha, "
            "dikurangi\npenyertaan dan kerugian, dalam hal Lembaga\nPenjaminan berbentuk badan "
            "hukum koperasi.",
            "setoran pokok + sertifikat modal + sisa hasil usaha - penyertaan - kerugian",
        ),
        (
            "penjumlahan dari gaji pokok, tunjangan keluarga dan tunjangan jabatan, ditambah "
            "uang makan dan uang lembur.",
            "gaji pokok + tunjangan keluarga + tunjangan jabatan + uang makan + uang lembur",
        ),
        # Kepka BAPETEN 12/1999
        (
            "Dosis Ekivalen (H) : hasil kali antara dosis serap (D), faktor kualitas (Q), dan "
            "perkalian\nantara seluruh faktor modifikasi lainnya (N).",
            "dosis serap (D) × faktor kualitas (Q) × "
            "perkalian antara seluruh faktor modifikasi lainnya (N)",
        ),
        (
            "Nilai adalah perkalian antara harga satuan, volume pekerjaan dan indeks lokasi",
            "harga satuan × volume pekerjaan × indeks lokasi",
        ),
        # PP 104/2000: a product of two ("perkalian antara A dengan …") around a listed sum
        (
            "(4) Potensi ekonomi Daerah sebagaimana dimaksud dalam ayat (2) dihitung berdasarkan "
            "perkalian antara penerimaan Daerah rata-rata dengan penjumlahan dari Indeks "
            "Industri, Indeks sumber daya alam, dan Indeks sumber daya manusia setelah dibagi "
            "tiga.",
            "penerimaan Daerah rata-rata × (Indeks Industri + Indeks sumber daya alam + "
            "Indeks sumber daya manusia) / 3",
        ),
    ],
)
def test_operations_over_a_list_said_in_words(text: str, canonical: str) -> None:
    assert str(ikicalc.parse(text)) == canonical


def test_a_condition_after_a_comma_closes_the_formula() -> None:
    formula = ikicalc.parse(
        "Jumlah kasus yang ditangani dibagi jumlah kasus, dalam hal kasus dilaporkan"
    )
    assert formula.variables == ("Jumlah kasus yang ditangani", "jumlah kasus")


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        # PP 42/1985, Pasal 7 (4) and (1)
        (
            "(4) Untuk Wajib Pajak orang pribadi atau perseorangan jumlah penghasilan netto "
            "sebagaimana dimaksud dalam ayat (1) dan ayat (3) dikurangi terlebih dahulu dengan "
            "penghasilan tidak kena pajak.",
            "jumlah penghasilan netto sebagaimana dimaksud dalam ayat (1) dan ayat (3) - "
            "penghasilan tidak kena pajak",
        ),
        ("nilai A dibagi terlebih dahulu dgn nilai B", "nilai A / nilai B"),
        (
            "Untuk kecamatan yang baru dibentuk jumlah pegawai hadir dibagi jumlah pegawai x 100%",
            "jumlah pegawai hadir / jumlah pegawai × 100%",
        ),
        ("Bagi sekolah swasta total siswa lulus dibagi total siswa", "total siswa lulus / total siswa"),
        (
            "(1) Dasar penghitungan PPh Pasal 25, dalam hal terdapat sisa kerugian yang belum "
            "dikompensasikan adalah Pajak Penghasilan yang dihitung atas dasar penghasilan netto "
            "dikurangi dengan jumlah sisa kerugian yang belum dikompensasikan tersebut.",
            "penghasilan netto - jumlah sisa kerugian yang belum dikompensasikan tersebut",
        ),
        # PP 2/1976, Pasal 3 and 4
        (
            "jumlah penduduknya apabila dikurangi 400.000 (empat ratus ribu) dikalikan jumlah "
            "Daerah Tingkat II yang ada di dalam wilayah Daerah Tingkat I/Daerah Pemilihan yang "
            "bersangkutan menunjukkan sisa lebih;",
            "jumlah penduduknya - 400000 × jumlah Daerah Tingkat II yang ada di dalam wilayah "
            "Daerah Tingkat I/Daerah Pemilihan yang bersangkutan",
        ),
        ("nilai A jika dibagi nilai B", "nilai A / nilai B"),
        (
            "(2) Organisasi Partai Politik memperoleh tambahan utusan di MPR atas dasar "
            "perhitungan, jumlah kursi hasil Pemilihan Umum dibagi jumlah kursi yang "
            "diperebutkan dikalikan jumlah kursi tambahan yang tersedia.",
            "jumlah kursi hasil Pemilihan Umum / jumlah kursi yang diperebutkan × "
            "jumlah kursi tambahan yang tersedia",
        ),
        (
            "c. Daerah Pemilihan tersebut huruf b mendapatkan tambahan wakil dengan perhitungan : "
            "sisa lebih penduduk Daerah yang bersangkutan dibagi sisa lebih penduduk seluruh "
            "Daerah Pemilihan dikalikan 75 (tujuh puluh lima) wakil;",
            "sisa lebih penduduk Daerah yang bersangkutan / sisa lebih penduduk seluruh Daerah "
            "Pemilihan × 75",
        ),
        # Kemendagri, definisi operasional of a sub-kegiatan (e-SAKIP)
        (
            "Perhitungan Indikator: Jumlah laporan penyelesaian aduan, dibagi dengan Jumlah "
            "pengaduan yang diterima melalui kanal layanan aduan yang dikelola Dinas Kominfo "
            "sebagai bentuk transparansi informasi dan akuntabilitas kepada masyarakat. Dengan "
            "satuan presentase",
            "Jumlah laporan penyelesaian aduan / Jumlah pengaduan yang diterima melalui kanal "
            "layanan aduan yang dikelola Dinas Kominfo × 100%",
        ),
        (
            "Jumlah laporan aduan dibagi dengan Jumlah pengaduan yang diterima. Dinyatakan dalam "
            "satuan persen.",
            "Jumlah laporan aduan / Jumlah pengaduan yang diterima × 100%",
        ),
    ],
)
def test_the_words_around_a_formula_in_a_regulation(text: str, canonical: str) -> None:
    assert str(ikicalc.parse(text)) == canonical


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah desa yang menunjukkan kemajuan dibagi jumlah desa",
        "Jumlah pegawai untuk kantor dibagi jumlah kantor",
    ],
)
def test_the_same_words_inside_a_name_stay(text: str) -> None:
    assert ikicalc.parse(text).variables[0] == text.split(" dibagi ")[0]


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        # Kepka BAPETEN 4/1999, nomor 425
        (
            "Apabila tingkat radiasi dinyatakan dalam milisievert per jam\n(mSv/jam), nilai yang "
            "diperoleh harus dikalikan dengan 100.",
            "nilai yang diperoleh × 100",
        ),
        (
            "Jika data tersedia, jumlah pegawai hadir dibagi jumlah pegawai x 100%",
            "jumlah pegawai hadir / jumlah pegawai × 100%",
        ),
        ("Produksi padi (ton/ha) x 100%", "Produksi padi (ton/ha) × 100%"),
        # Kepka BAPETEN 12/1999
        (
            "jumlah penerimaan radiasi\ndari semua organ dikalikan dengan faktor bobot masing - "
            "masing organ\ntidak boleh melebihi nilai batas untuk efek stokastik sebesar 50 mSv "
            "(5\nrem).",
            "jumlah penerimaan radiasi dari semua organ × faktor bobot masing - masing organ",
        ),
        # PP 79/2010, Pasal 26 (2), a Markdown copy
        (
            "dihitung berdasarkan nilai realisasi bagian kontraktor dari _equity share_ ditambah "
            "__ minyak yang berasal dari pengembalian biaya operasi dikurangi nilai realisasi "
            "penyerahan DMO ditambah __ Imbalan DMO ditambah varian harga atas _lifting_ .",
            "nilai realisasi bagian kontraktor dari equity share + minyak yang berasal dari "
            "pengembalian biaya operasi - nilai realisasi penyerahan DMO + Imbalan DMO + "
            "varian harga atas lifting",
        ),
    ],
)
def test_conditions_modals_units_and_marks_around_a_formula(text: str, canonical: str) -> None:
    assert str(ikicalc.parse(text)) == canonical


def test_a_condition_that_opens_cases_is_no_preamble() -> None:
    text = "Apabila jumlah pegawai hadir kurang dari 50, maka jumlah pegawai hadir dibagi 2"
    assert ikicalc.parse(text).variables[0].startswith("Apabila")


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        # the cells above as a heading style or an export writes them
        (
            "A. Penjumlahan Dari Modal Disetor, Cadangan, Dan\nLaba, Dikurangi Kerugian, Dalam "
            "Hal Lembaga\nPenjaminan Berbentuk Badan Hukum Koperasi.",
            "Modal Disetor + Cadangan + Laba - Kerugian",
        ),
        (
            "B. PENJUMLAHAN DARI SETORAN POKOK, SERTIFIKAT\nMODAL DAN SISA HASIL USAHA, "
            "DIKURANGI\nPENYERTAAN DAN KERUGIAN.",
            "SETORAN POKOK + SERTIFIKAT MODAL + SISA HASIL USAHA - PENYERTAAN - KERUGIAN",
        ),
        (
            "(1) Dasar Pengenaan Pajak Kendaraan Bermotor Dihitung Sebagai Perkalian Dari 2 (Dua) "
            "Unsur Pokok:\nA. Nilai Jual Kendaraan Bermotor;\nB. Bobot Kerusakan Jalan.",
            "Nilai Jual Kendaraan Bermotor × Bobot Kerusakan Jalan",
        ),
    ],
)
def test_the_same_cells_in_capitals(text: str, canonical: str) -> None:
    assert str(ikicalc.parse(text)) == canonical


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jumlah peserta Qurban; semakin tinggi semakin baik", "Jumlah peserta Qurban"),
        ("∑ Produksi Padi; semakin tinggi semakin baik", "Produksi Padi"),
        (
            "Jumlah masyarakat yang\nmendaftar berangkat haji; semakin tinggi semakin baik",
            "Jumlah masyarakat yang mendaftar berangkat haji",
        ),
    ],
)
def test_a_quantity_alone_before_its_polarity(text: str, name: str) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == (name,)
    assert formula.guesses


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        # Perbup Kulon Progo 58/2018, the evaluation forms (batch 17)
        (
            "tahun 1 Kolom (17) = Kolom (12) : Kolom (7) x 100%",
            "tahun 1 Kolom (17) = Kolom (12) / Kolom (7) × 100%",
        ),
        ("Kolom (14) = Kolom (7) + Kolom (13)", "Kolom (14) = Kolom (7) + Kolom (13)"),
        (
            "Kolom\n(14)(Rp) = Kolom (7) (Rp) + Kolom (13)(Rp)",
            "Kolom (14)(Rp) = Kolom (7) (Rp) + Kolom (13)(Rp)",
        ),
        (
            "Kolom (15)(K) = (Kolom (14)(K): Kolom (6)(K)) X 100%",
            "Kolom (15)(K) = Kolom (14)(K) / Kolom (6)(K) × 100%",
        ),
        ("Lajur (3) = Lajur (1) - Lajur (2)", "Lajur (3) = Lajur (1) - Lajur (2)"),
        ("Baris (10) / Baris (2) x 100%", "Baris (10) / Baris (2) × 100%"),
    ],
)
def test_the_columns_of_a_form_named_by_their_numbers(text: str, canonical: str) -> None:
    formula = ikicalc.parse(text)
    assert str(formula) == canonical
    assert ikicalc.parse(str(formula)) == formula


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        (
            "Tingkat\ncapaian program prioritas adalah rata-rata rasio capaian setiap indikator "
            "pada\nprogram tersebut.",
            "rata-rata rasio capaian setiap indikator pada program tersebut",
        ),
        (
            "Nilai kinerja adalah rata-rata nilai seluruh indikator dibagi 100",
            "rata-rata nilai seluruh indikator / 100",
        ),
    ],
)
def test_a_mean_said_after_the_words_before_it(text: str, canonical: str) -> None:
    assert str(ikicalc.parse(text)) == canonical


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        # PermenPAN-RB 14/2017 (SKM)
        (
            "Sedangkan nilai indeks komposit (gabungan)\nuntuk setiap unit pelayanan, merupakan "
            "jumlah nilai rata-rata dari\nsetiap unsur pelayanan dikalikan dengan penimbang yang "
            "sama, yaitu\n0,11 (untuk 9 unsur).",
            "jumlah nilai rata-rata dari setiap unsur pelayanan × 0,11",
        ),
        (
            "Contoh : Untuk mendapatkan nilai rata-rata tertimbang per unsur\npelayanan, maka "
            "jumlah nilai rata-rata per unsur pelayanan\ndikalikan dengan 0,11 (apabila 9 unsur) "
            "sebagai nilai bobot rata-rata\ntertimbang.",
            "jumlah nilai rata-rata per unsur pelayanan × 0,11",
        ),
        # LKIP Diskominfo Bandung 2015
        (
            "Indikator kinerja dihitung berdasarkan capaian pemasangan titik Wifi yang\nakif "
            "terkoneksi dengan Internet, dibandingkan dengan target pemasangan yaitu 332\ntitik "
            "Wifi di Kota Bandung, menggunakan formulasi perhitungan:",
            "capaian pemasangan titik Wifi yang akif terkoneksi dengan Internet / 332",
        ),
        ("Jumlah A dibagi jumlah B yaitu desa dan kelurahan", "Jumlah A / jumlah B yaitu desa dan kelurahan"),
        # UU 11/2020
        (
            "a. berdasarkan tarif bunga per bulan yang ditetapkan oleh Menteri Keuangan "
            "berdasarkan suku bunga acuan dibagi 12 (dua belas);",
            "suku bunga acuan / 12",
        ),
        # Kemendagri, definisi operasional (e-SAKIP)
        (
            "- Biogas: volume aktual (m³) x 21 MJ/m³ ÷ 3,6 (konversi ke kWh).",
            "volume aktual (m³) × 21 / 3,6",
        ),
        ("produksi gabah x 5 kg/ha", "produksi gabah × 5"),
        ("Jumlah kasus x 1.000 KH", "Jumlah kasus / KH × 1000"),
    ],
)
def test_values_units_and_headings_in_prose(text: str, canonical: str) -> None:
    assert str(ikicalc.parse(text)) == canonical


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        # UU 11/2020, Penjelasan
        (
            'Yang dimaksud dengan "kebutuhan konsumsi" adalah besarnya rata-rata tingkat '
            "konsumsi langsung ataupun tidak langsung perkapita (termasuk kebutuhan industri) "
            "dikalikan jumlah penduduk pada waktu tertentu.",
            r"\text{rata-rata tingkat konsumsi langsung ataupun tidak langsung perkapita "
            r"(termasuk kebutuhan industri)} × jumlah penduduk pada waktu tertentu",
        ),
        # LKIP Diskominfo Bandung 2015
        (
            "Untuk menghitung persentase capaian indikator sasaran, dikhususkan kepada\ncapaian "
            "berita positif, dengan memperbandingkan rata-rata capaiaan kinerja berita\npositif "
            "dalam selang waktu tertentu dengan target berita positif pada selang waktu\nyang "
            "sama dengan menggunakan formula:",
            r"\text{rata-rata capaiaan kinerja berita positif dalam selang waktu tertentu} / "
            "target berita positif pada selang waktu yang sama",
        ),
        # Perda Purwakarta 15/2023 (BPHTB)
        (
            "Besaran pokok BPHTB yang terutang dihitung dengan cara mengalikan dasar\npengenaan "
            "BPHTB sebagaimana dimaksud dalam Pasal 15 ayat (1) setelah\ndikurangi nilai "
            "perolehan objek pajak tidak kena pajak sebagaimana\ndimaksud dalam Pasal 15 ayat "
            "(5) atau ayat (7) dengan tarif BPHTB\nsebagaimana dimaksud dalam pasal 16.",
            "(dasar pengenaan BPHTB sebagaimana dimaksud dalam Pasal 15 ayat (1) - nilai "
            "perolehan objek pajak tidak kena pajak sebagaimana dimaksud dalam Pasal 15 ayat (5) "
            "atau ayat (7)) × tarif BPHTB sebagaimana dimaksud dalam pasal 16",
        ),
        (
            "Pajak terutang dihitung dengan cara mengalikan nilai perolehan setelah dikurangi "
            "NPOPTKP dengan tarif pajak",
            "(nilai perolehan - NPOPTKP) × tarif pajak",
        ),
    ],
)
def test_means_and_deductions_named_in_sentences(text: str, canonical: str) -> None:
    formula = ikicalc.parse(text)
    assert str(formula) == canonical
    assert ikicalc.parse(str(formula)) == formula


@pytest.mark.parametrize(
    "text",
    [
        "100% -(rata-rata deviasi RPD Satker)",
        "100% dikurangi rata-rata deviasi RPD Satker",
        "10 (sepuluh) kali rata-rata jumlah penduduk desa seluruh kecamatan",
        "rata-rata nilai setiap unsur dikali bobot",
    ],
)
def test_a_mean_over_rows_stays_a_mean(text: str) -> None:
    formula = ikicalc.parse(text)
    assert any(
        isinstance(node, ast.Aggregate) and node.fold is ast.Fold.MEAN
        for node in ast.walk(formula.expr)
    )


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        # Perba BAPETEN 2/2005 (batch 17)
        (
            "Bahan Nuklir yang Tidak Dapat Dipertanggungjawabkan\n(Material Unaccounted For) yang "
            "selanjutnya disingkat MUF\nadalah perbedaan jumlah bahan nuklir antara inventori "
            "buku\ndan inventori fisik.",
            "inventori buku - inventori fisik",
        ),
        ("Nilai tambah adalah selisih antara nilai output dan nilai input", "nilai output - nilai input"),
        (
            "Inventori Buku adalah penjumlahan bahan nuklir antara\ninventori fisik awal MBA dan "
            "semua perubahan inventori yang\nterjadi sampai dengan inventori fisik terakhir dalam "
            "satu\nperiode Neraca Bahan tertentu.",
            "inventori fisik awal MBA + semua perubahan inventori yang terjadi sampai dengan "
            "inventori fisik terakhir dalam satu periode Neraca Bahan tertentu",
        ),
        (
            "d. untuk uranium deplesi dengan pengayaan di bawah 0,005 (0,5%)\natau kurang, dan "
            "untuk torium beratnya dalam kilogram\ndikalikan dengan 0,00005.",
            "beratnya dalam kilogram × 0,00005",
        ),
        ("Untuk tanah kosong, nilainya dikali 2", "nilainya × 2"),
        ("beratnya dalam kilogram dikali 0,01 (1%)", "beratnya dalam kilogram × 0,01"),
    ],
)
def test_differences_sums_and_shares_said_in_a_regulation(text: str, canonical: str) -> None:
    assert str(ikicalc.parse(text)) == canonical


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        (
            "b. untuk uranium dalam pengayaan 0,01 (1%) atau lebih adalah\nberatnya dalam "
            "kilogram dikalikan dengan pangkat dua dari\npengayaannya;",
            "beratnya dalam kilogram × (pengayaannya × pengayaannya)",
        ),
        ("luas tanah dikali kuadrat dari jarak", "luas tanah × (jarak × jarak)"),
        ("massa dikali kecepatan pangkat dua", "massa × (kecepatan × kecepatan)"),
    ],
)
def test_a_square_said_in_words_is_a_product(text: str, canonical: str) -> None:
    formula = ikicalc.parse(text)
    assert str(formula) == canonical
    assert any("square" in guess.reason for guess in formula.guesses)


@pytest.mark.parametrize(
    ("text", "canonical", "value"),
    [
        ("Luas = 3,14 x r²", "Luas = 3,14 × (r × r)", "12.56"),  # a circle's area, r = 2
        ("r² x 3,14", "r × r × 3,14", "12.56"),
        ("V = s³ x 1", "V = s × s × s × 1", "8"),
    ],
)
def test_a_symbols_square_in_superscript_is_a_product(
    text: str, canonical: str, value: str
) -> None:
    """Read as a footnote mark before, ``r²`` was silently ``r``: 6.28 for 12.56."""
    formula = ikicalc.parse(text)
    assert str(formula) == canonical
    assert formula.evaluate({"r": 2, "s": 2}).value == Fraction(value)
    assert any("superscript" in guess.reason for guess in formula.guesses)


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        ("Jumlah desa mandiri¹ / jumlah desa² x 100%", ("Jumlah desa mandiri", "jumlah desa")),
        ("Luas bangunan (m²) / jumlah unit", ("Luas bangunan (m²)", "jumlah unit")),
    ],
)
def test_a_mark_after_a_word_and_a_unit_squared_stay_as_they_were(
    text: str, variables: tuple[str, ...]
) -> None:
    assert ikicalc.parse(text).variables == variables


def test_a_unit_squared_stays_in_the_name() -> None:
    formula = ikicalc.parse("Luas tanah dalam meter kuadrat dibagi 2")
    assert formula.variables == ("Luas tanah dalam meter kuadrat",)


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        # PUPR, panduan identifikasi kerusakan bangunan 2020 (batch 17)
        (
            "Prosentase Kerusakan Atap =\n%Luas C = ((𝐿𝑢𝑎𝑠 𝐶)/(𝐿𝑢𝑎𝑠 𝑇𝑜𝑡𝑎𝑙)) x 100%",
            ("Luas C", "Luas Total"),
        ),
        (
            "Prosentase Kerusakan Dinding =\nLuas D = (Luas D / Luas Total) x 100%",
            ("Luas D", "Luas Total"),
        ),
    ],
)
def test_the_name_said_on_a_line_over_the_labelled_formula(
    text: str, variables: tuple[str, ...]
) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == variables
    assert formula.guesses


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        # Perbup Kulon Progo 1/2005 (tarif RSUD Wates), a list of shares (batch 17)
        (
            "1. operasional            : 90 % (sembilan puluh per seratus) dari jasa sarana; dan",
            "90% × jasa sarana",
        ),
        (
            "2. dibagi seluruh karyawan                   : 27,5% (dua puluh tujuh koma lima per "
            "seratus)\ndari total jasa medik;",
            "27,5% × total jasa medik",
        ),
        # Perbup Kulon Progo 97/2018 (kebijakan akuntansi)
        (
            "ii. Kualitas kurang lancar, sebesar 10%\n(sepuluh    persen)     dari    piutang\n"
            "dengan kualitas kurang lancar;",
            "10% × piutang dengan kualitas kurang lancar",
        ),
        (
            "iii. Kualitas diragukan, sebesar 50%\n(lima puluh persen) dari piutang\ndengan "
            "kualitas diragukan setelah\ndikurangi dengan nilai agunan atau\nnilai barang sitaan "
            "(jika ada); dan",
            "50% × (piutang dengan kualitas diragukan - nilai agunan atau nilai barang sitaan)",
        ),
        (
            "Biaya perolehan investasi\nmeliputi harga transaksi investasi itu\nsendiri ditambah "
            "komisi perantara jual beli,\njasa bank dan biaya lainnya yang timbul\ndalam rangka "
            "perolehan tersebut.",
            "harga transaksi investasi itu sendiri + komisi perantara jual beli + jasa bank + "
            "biaya lainnya yang timbul dalam rangka perolehan tersebut",
        ),
        (
            "pendapatan dikurangi biaya pegawai, biaya barang dan biaya modal;",
            "pendapatan - biaya pegawai - biaya barang - biaya modal",
        ),
        (
            "(4) Pengukuran pemakaian persediaan yang\ndicatat     secara    periodik   dihitung\n"
            "berdasarkan inventarisasi fisik, yaitu\ndengan cara saldo awal persediaan\nditambah"
            "     pembelian    atau  perolehan\npersediaan, dikurangi dengan saldo akhir\n"
            "persediaan, dikalikan harga pembelian\nterakhir.",
            "(saldo awal persediaan + pembelian atau perolehan persediaan - saldo akhir "
            "persediaan) × harga pembelian terakhir",
        ),
        # Perbup Kulon Progo 53/2018 (GDPK)
        (
            "Bila Produk Domestik Regional Bruto (PDRB) dibagi dengan jumlah penduduk\n"
            "pertengahan tahun yang tinggal di suatu wilayah, akan diperoleh angka PDRB per "
            "kapita.",
            "Produk Domestik Regional Bruto (PDRB) / jumlah penduduk pertengahan tahun yang "
            "tinggal di suatu wilayah",
        ),
    ],
)
def test_shares_lists_and_clauses_of_regional_regulations(text: str, canonical: str) -> None:
    assert str(ikicalc.parse(text)) == canonical


def test_a_name_that_lists_what_it_includes_keeps_it() -> None:
    text = (
        "Jumlah bayi yang mendapat imunisasi lengkap meliputi 1 dosis Hepatitis B, 1 dosis BCG "
        "dibagi jumlah seluruh bayi dikali 100%."
    )
    assert ikicalc.parse(text).variables[0].startswith("Jumlah bayi")


@pytest.mark.parametrize(
    "text",
    [
        "(0) \\times (rata-rata (yang))",
        "(rata-rata yang) dibagi (B)",
        "(0) dibagi (rata-rata e-KTP)",
        "A \\times rata-rata B",
    ],
)
def test_a_mean_in_the_formula_notation_stays_a_mean(text: str) -> None:
    """(Found by tests/test_fuzz.py: the canonical and the document notations bracket their
    operands or write signs; only a sentence's quantity keeps its 'rata-rata'.)"""
    formula = ikicalc.parse(text)
    assert any(isinstance(node, ast.Aggregate) for node in ast.walk(formula.expr))
