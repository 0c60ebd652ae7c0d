"""Families of the cells of batch 15 read cold (session 10), each with the real cells (address)
and cells written the same way with other names and lengths: a slash spaced on one side in a
cell of one name wrapped by a narrow column, a formula whose label stood in another column
(``= …``), a time offset wrapped after its hyphen, the words around a formula said in a
sentence."""

from __future__ import annotations

import pytest

import ikicalc
from ikicalc.lang import run_together

LAPAN = (
    "https://github.com/adhanchaniago/jdih-1/blob/d26a4b1933948a6f1cb673425be9e7c4fdf53fb2/"
    "storage/app/media/20140530082233_perka%206%202013%20compress.pdf"
)
KALTIM = (
    "https://github.com/AliffiaRosita/bapenda/blob/5109e998faca6d5d02e787f01f3e0eb7cc85d016/"
    "public/report-file/"
)


def _reasons(formula: ikicalc.Formula) -> set[str]:
    return {guess.reason for guess in formula.guesses}


def test_a_slash_between_two_phrases_in_a_cell_of_one_name() -> None:
    # the PDAM ratios of the Kemendagri assessment (perumdam-tkr-kinerja-pdam-kemendagri-github)
    for text, want in [
        ("Aktiva\nLancar/Utang Lancar", "Aktiva Lancar / Utang Lancar"),
        ("Utang Jangka\nPanjang/Ekuitas Bersih", "Utang Jangka Panjang / Ekuitas Bersih"),
        ("(Skor Hasil Hitung I/Skor Ideal i) x 100%", "Skor Hasil Hitung I / Skor Ideal i × 100%"),
    ]:
        formula = ikicalc.parse(text)
        assert str(formula) == want
        assert run_together.WRAPPED_RATIO in _reasons(formula)


@pytest.mark.parametrize(
    ("text", "numerator", "denominator"),
    [
        # LAPAN Perka 6/2013 (LAPAN), its table's narrow column
        ("Laba\nKotor /Penjualan\nBersih", "Laba Kotor", "Penjualan Bersih"),
        (
            "Lamanya Proses\nProduksi /Standar\nWaktu Produksi",
            "Lamanya Proses Produksi",
            "Standar Waktu Produksi",
        ),
        (
            "Lamanya waktu\npenyampaian\nLaporan /Standar\nWaktu penyampaian\nLaporan",
            "Lamanya waktu penyampaian Laporan",
            "Standar Waktu penyampaian Laporan",
        ),
        # written the same way
        (
            "Biaya\nOperasional /Pendapatan\nOperasional",
            "Biaya Operasional",
            "Pendapatan Operasional",
        ),
        (
            "Pendapatan Asli\nDaerah /Total\nPendapatan Daerah",
            "Pendapatan Asli Daerah",
            "Total Pendapatan Daerah",
        ),
        (
            "Biaya Tenaga\nKerja Langsung /Total\nBiaya Produksi",
            "Biaya Tenaga Kerja Langsung",
            "Total Biaya Produksi",
        ),
    ],
)
def test_a_slash_in_a_cell_of_one_name_wrapped_by_a_column(
    text: str, numerator: str, denominator: str
) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == (numerator, denominator)
    assert str(formula) == f"{numerator} / {denominator}"
    if denominator.split()[0] not in ("Total", "Jumlah"):  # (a counting word decides alone)
        assert run_together.WRAPPED_RATIO in _reasons(formula)  # a guess, lint W110
    assert ikicalc.parse(str(formula)) == formula


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah pengguna\ntelepon /Internet",  # one word after the slash: a list
        "Sarana dan prasarana\nGU/TU",  # no space: a word
        "Jumlah Unit Kerja yang baru\nmendapat predikat\nWBK/WBBM per tahun",  # abbreviations
        "Jumlah Unit Usaha yang Mengikuti Kegiatan/Program Penguatan",  # a long name
        "Aktiva Lancar/Utang Lancar",  # one line: a name of the document's own
        "Jenis Pemeliharaan\nRutin/Berkala Gedung Kantor",  # a counting word opens it
        "Jumlah desa\nyang menerima /bantuan sosial",  # a phrase in lower case
    ],
)
def test_other_slashes_stay_words(text: str) -> None:
    formula = ikicalc.parse(text)
    assert len(formula.variables) == 1
    assert run_together.WRAPPED_RATIO not in _reasons(formula)


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        # Kaltim Bapenda LKjIP 2021 (report7-1.pdf): the label in the column before
        ("= Realisasi Tahun n : Target\nTahun n x 100%", ("Realisasi Tahun n", "Target Tahun n")),
        ("= Realisasi / Target x 100%", ("Realisasi", "Target")),
        (
            "= Jumlah pegawai hadir dibagi jumlah pegawai dikali 100%",
            ("Jumlah pegawai hadir", "jumlah pegawai"),
        ),
    ],
)
def test_the_equals_sign_of_a_label_in_another_column(
    text: str, variables: tuple[str, ...]
) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == variables
    assert formula.label is None  # the '=' set aside by the layout (lang/labels.label_before)


@pytest.mark.parametrize("text", ["=A1/B1*100%", "= A1 / B1", "=SUM(A1:A3)"])
def test_a_spreadsheet_formula_keeps_its_error(text: str) -> None:
    with pytest.raises(ikicalc.FormulaSyntaxError, match="spreadsheet"):
        ikicalc.parse(text)


@pytest.mark.parametrize(
    ("text", "old"),
    [
        # Kaltim Bapenda Renstra 2019-2023 (report1-1.pdf): the index wrapped after its hyphen
        (
            "Capaian Kinerja = Realisasi Tahun n - Realisasi Tahun n-\n1 / Realisasi Tahun n-1 "
            "x 100%",
            "Realisasi Tahun n-1",
        ),
        ("PAD tahun t - PAD tahun t-\n1 / PAD tahun t-1 x 100%", "PAD tahun t-1"),
    ],
)
def test_a_time_offset_wrapped_after_its_hyphen(text: str, old: str) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables[1] == old
    assert " = (" in f" = {formula}" or "= (" in str(formula)  # the growth's brackets put back
    assert ikicalc.parse(str(formula)) == formula


KENDARI = (
    "https://github.com/icang02/jdih-kendarikota/blob/f47262f166b7d5ce8d5a09b1da5af8dad5184ca5/"
    "common/dokumen/2024pw7416011.pdf"
)
PURWAKARTA = (
    "https://github.com/fadelwilson/bapenda-new/blob/9fefdb91678f5c63719aced07eaee8b5689fea99/"
    "public/loginwebsite/uploads/tentangkami/produkhukum/9259c64447006dee956c8d43bc4159c9.pdf"
)
BANDUNG = (
    "https://github.com/issacyber88/jdih/blob/98c26a39dd0373982886d557a45b2c1405ec23d5/file/"
    "peraturan/Laporan-Kinerja-Instansi-Pemerintah-Tahun-2015.pdf"
)


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        # LAPAN Perka 6/2013: "ditentukan dengan cara setiap …", "… yang dikalikan 100%"
        (
            "Nilai BF ditentukan dengan cara setiap nilai urgensi pada\nsetiap faktor internal "
            "atau eksternal dibagi dengan jumlah nilai\nurgensi faktor internal atau eksternal "
            "yang dikalikan 100%;",
            (
                "nilai urgensi pada setiap faktor internal atau eksternal",
                "jumlah nilai urgensi faktor internal atau eksternal",
            ),
        ),
        (
            "Skor ditentukan dengan cara setiap nilai bobot dibagi dengan jumlah nilai bobot "
            "yang dikalikan 100%",
            ("nilai bobot", "jumlah nilai bobot"),
        ),
        # LKIP 2015 Diskominfo Bandung: "dilakukan dengan melihat data …"
        (
            "Pengukuran capaian indikator 4 dilakukan dengan melihat data total jumlah\npengaduan "
            "masyarakat yang sudah ditindaklanjuti tepat waktu yang masuk ke LAPOR\ndibandingkan "
            "dengan total jumlah pengaduan masyarakat yang masuk ke LAPOR.",
            (
                "total jumlah pengaduan masyarakat yang sudah ditindaklanjuti tepat waktu yang "
                "masuk ke LAPOR",
                "total jumlah pengaduan masyarakat yang masuk ke LAPOR",
            ),
        ),
        (
            "Capaian diukur dilakukan dengan melihat data jumlah surat terkirim dibandingkan "
            "dengan jumlah surat masuk",
            ("jumlah surat terkirim", "jumlah surat masuk"),
        ),
        # LKIP 2015 Diskominfo Bandung: a heading of the computation before ", dengan"
        (
            "Perhitungan capaian kinerja, dengan\ncapaian yang didapatkan pada akhir masa "
            "perhitungan kinerja, dibandingkan dengan\ntarget SPM dari Permenkominfo.",
            (
                "capaian yang didapatkan pada akhir masa perhitungan kinerja",
                "target SPM dari Permenkominfo",
            ),
        ),
        (
            "Pengukuran kinerja, dengan jumlah surat terkirim dibandingkan dengan jumlah surat masuk",
            ("jumlah surat terkirim", "jumlah surat masuk"),
        ),
    ],
)
def test_the_words_around_a_formula_said_in_a_sentence(
    text: str, variables: tuple[str, ...]
) -> None:
    assert ikicalc.parse(text).variables == variables


def test_a_word_that_leads_on_to_the_operator_is_no_part_of_a_name() -> None:
    for text, first in [
        ("Jumlah A yang dikalikan 100%", "Jumlah A"),
        ("Jumlah lembar/unit dan dikalikan tarif pajak", "Jumlah lembar/unit"),
        (
            "Jumlah organisasi dan Lembaga Desa / Jumlah Lembaga Desa",
            "Jumlah organisasi dan Lembaga Desa",
        ),
    ]:
        formula = ikicalc.parse(text)
        assert formula.variables[0] == first
        assert ikicalc.parse(str(formula)) == formula


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Perwali Kendari 11/2024: "menjumlahkan A dikalikan B ditarnbah C dikalikan D …", an
        # m read by OCR as "rn"; the verb of the sum said with "ditambah" after it, not Σ
        (
            "NSR dihitung dengan cara menjumlahkan ukuran reklame dikalikan\nNJOPR ditarnbah NSPR "
            "dikalikan bahan yang digunakan dikalikan\nwaktu penayangan dikalikan jurnlah "
            "lcmbar/unit dan dikalikan tarif\nPajak Reklame.",
            "(ukuran reklame × NJOPR + NSPR) × bahan yang digunakan × waktu penayangan × jurnlah "
            "lcmbar/unit × tarif Pajak Reklame",
        ),
        ("Jumlah A ditarnbah Jumlah B", "Jumlah A + Jumlah B"),
        ("Jumlah A dikurangi Jumlah B dibagi Jumlah C", "(Jumlah A - Jumlah B) / Jumlah C"),
        # Perda Purwakarta 11/2011: the last factor of a list said with "dikalikan" joined by "dan"
        (
            "Cara perhitungan nilai sewa reklame sebagaimana dimaksud pada ayat (3)\nadalah "
            "indeks Jenis dikalikan Indeks Bahan yang digunakan dikalikan\nIndeks lokasi "
            "penempatan dikalikan waktu penyelenggaraan dikalikan\njumlah reklame dan Indeks "
            "Ukuran media reklame.",
            "indeks Jenis × Indeks Bahan yang digunakan × Indeks lokasi penempatan × waktu "
            "penyelenggaraan × jumlah reklame × Indeks Ukuran media reklame",
        ),
        (
            "Nilai bantuan adalah tarif dasar dikalikan luas lahan dikalikan jumlah kelompok "
            "tani dan nelayan",
            "tarif dasar × luas lahan × jumlah kelompok tani dan nelayan",  # a name's "dan"
        ),
        (
            "Nilai retribusi adalah tarif dasar dikalikan luas lahan dikalikan tarif zona dan "
            "tarif waktu",
            "tarif dasar × luas lahan × tarif zona × tarif waktu",
        ),
    ],
)
def test_operations_said_in_a_list(text: str, value: str) -> None:
    assert str(ikicalc.parse(text)) == value


BKN = (
    "https://github.com/papamas/ekinerja/blob/09b4d4a2cc335f74e98ad0684cd10b7db2186221/"
    "_files/petunjuk.pdf"
)


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        # BKN e-Kinerja DES 2.0, petunjuk: the aspect of the SKP before ':'
        ("Kualitas : (Realisasi /Target) x 100", "Kualitas", "Realisasi / Target × 100"),
        (
            "Waktu : (Realisasi Waktu /Target Waktu) x 100",
            "Waktu",
            "Realisasi Waktu / Target Waktu × 100",
        ),
        (
            "Biaya : Realisasi Biaya / Target Biaya x 100",
            "Biaya",
            "Realisasi Biaya / Target Biaya × 100",
        ),
    ],
)
def test_a_label_before_a_colon(text: str, label: str, value: str) -> None:
    formula = ikicalc.parse(text)
    assert formula.label in (label, None)  # (a spaced division: the layout sets it aside)
    assert str(formula).split(" = ", 1)[-1] == value
    assert ikicalc.parse(str(formula)) == formula


def test_a_quantity_before_a_colon_divides() -> None:
    assert str(ikicalc.parse("Jumlah hadir : Jumlah pegawai x 100%")) == (
        "Jumlah hadir / Jumlah pegawai × 100%"
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # BKN e-Kinerja DES 2.0: the '(' lost in a box of three columns
        (
            "Jumlah Laporan Harian Kinerja SKP Bulan tsb /\n26.3) x 100",
            "Jumlah Laporan Harian Kinerja SKP Bulan tsb / 26,3 × 100",
        ),
        ("Jumlah hari hadir / 22) x 100%", "Jumlah hari hadir / 22 × 100%"),
    ],
)
def test_a_bracket_closed_after_a_number_that_never_opened(text: str, value: str) -> None:
    assert str(ikicalc.parse(text)) == value


def test_a_range_in_a_name_wrapped_after_its_dash() -> None:
    # banggai-kepulauan-ikk-2013#03 (IKK Banggai Kepulauan 2013) wrapped by a narrower column
    formula = ikicalc.parse(
        "Jml siswa usia 7 -\n12 thn dijenjang SD / Jml penduduk kelompok usia 7 - 12 thn x 100%"
    )
    assert formula.variables == (
        "Jml siswa usia 7 - 12 thn dijenjang SD",
        "Jml penduduk kelompok usia 7 - 12 thn",
    )
    assert str(ikicalc.parse("Jumlah A -\n12 / B")) == "Jumlah A - 12 / B"  # no word after it


def test_a_reduplicated_word_wrapped_after_its_hyphen() -> None:
    # LAPAN Perka 6/2013 (lapan-perka-6-2013-rsb-pusfatekgan-github#08), a narrow column
    formula = ikicalc.parse("Piutang rata-\nrata/Rata-rata\nPenjualan Harian")
    assert str(formula) == "Piutang rata- rata / Rata-rata Penjualan Harian"
    assert ikicalc.parse(str(formula)) == formula
    other = ikicalc.parse("Jumlah rapat-\nrapat koordinasi / Jumlah rapat")
    assert other.variables == ("Jumlah rapat- rapat koordinasi", "Jumlah rapat")


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        # PP 79/2010 as its Markdown copy writes it (https://github.com/mblonyox/data-peraturan/
        # blob/c87e61671ffca02de147b49e204c6eaa9988f077/pp/2010/79.md#L193): marks of emphasis
        (
            "(1) Dalam hal tidak terdapat FTP dan insentif investasi, _equity_ _to be split_ "
            "dihitung berdasarkan _lifting_ dikurangi biaya operasi yang dapat dikembalikan "
            "sebagaimana dimaksud dalam Pasal 20.",
            (
                "lifting",
                "biaya operasi yang dapat dikembalikan sebagaimana dimaksud dalam Pasal 20",
            ),
        ),
        (
            "Nilai _cost recovery_ / Nilai _gross revenue_ x 100%",
            ("Nilai cost recovery", "Nilai gross revenue"),
        ),
        ("P_i / Q_i", ("P_i", "Q_i")),  # subscripts stay
    ],
)
def test_marks_of_emphasis_of_a_markdown_copy(text: str, variables: tuple[str, ...]) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == variables
    assert ikicalc.parse(str(formula)) == formula


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        # PermenPAN-RB 14/2017 (SKM), the mean per element: a purpose clause, then the formula
        (
            "Selanjutnya, untuk\nmendapatkan nilai rata-rata per unsur pelayanan, maka jumlah"
            " nilai\nmasing-masing unsur pelayanan dibagi dengan jumlah responden\nyang mengisi.",
            ("jumlah nilai masing-masing unsur pelayanan", "jumlah responden yang mengisi"),
        ),
        (
            "Untuk menghitung capaian kinerja, maka Realisasi dibagi Target dikali 100%",
            ("Realisasi", "Target"),
        ),
        (
            "untuk memperoleh angka kehadiran, maka jumlah pegawai hadir / jumlah pegawai",
            ("jumlah pegawai hadir", "jumlah pegawai"),
        ),
    ],
)
def test_a_purpose_clause_before_maka_is_no_part_of_a_name(
    text: str, variables: tuple[str, ...]
) -> None:
    assert ikicalc.parse(text).variables == variables


@pytest.mark.parametrize(
    "text",
    [
        "Apabila jumlah pegawai lebih dari 10, maka jumlah pegawai hadir / jumlah pegawai x 100%",
        "Jika realisasi melebihi target, maka Realisasi dibagi Target dikali 100%",
    ],
)
def test_a_condition_before_maka_read_into_a_name_is_prose_to_lint(text: str) -> None:
    # the condition is not set aside like a purpose clause: the name that holds it is a
    # sentence, and lint says so (W106) rather than computing it silently
    assert "W106" in {d.code for d in ikicalc.lint(text)}
