"""Where a quantity's name starts and ends in a sentence (issue 14, session 16): the marks that
open a name (``%`` for *persentase*), the colon of a list a name includes, worked examples
written after the formula. Each family on its real cells (quoted with their id) and on cells
written the same way with other names.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc
from ikicalc.lang import ast
from tests.readings import read_back as _roundtrip


def _names(text: str) -> list[str]:
    formula = ikicalc.parse(text)
    return [v.name for v in ast.walk(formula.expr) if isinstance(v, ast.Variable)]


# --- '%' glued to the name it opens -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # dki-sakip-rpjmd-indi-2020#05 (batch 21): "% capaian", the sign glued to its word
        (
            "Cara penghitungan : (%capaian x Bobot SKPD x Bobot parameter)/10",
            ["%capaian", "Bobot SKPD", "Bobot parameter"],
        ),
        # the same sign opening the cell and after a slash
        ("%realisasi / %target x 100%", ["%realisasi", "%target"]),
        ("%capaian x Bobot SKPD", ["%capaian", "Bobot SKPD"]),
    ],
)
def test_a_percent_sign_glued_to_the_name_it_opens(text: str, names: list[str]) -> None:
    assert _names(text) == names
    _roundtrip(text)


def test_a_glued_percent_sign_still_ends_a_number_and_opens_a_label() -> None:
    assert _names("Jumlah A / Jumlah B x 100%") == ["Jumlah A", "Jumlah B"]
    formula = ikicalc.parse("$\\%KK=\\frac{A}{B}\\times 100\\%$")
    assert formula.label == "KK"
    assert formula.evaluate({"A": 1, "B": 4}).exact == Fraction(25)


# --- a colon after a word that introduces a list ------------------------------------------
# The words that introduce an enumeration or an explanation (kata penanda perincian,
# data/names.toml [grammar] listing_words): the colon after one opens the list of what the
# quantity includes, a part of its name, never a division.


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # polman-simkinerja-iku-dkp#02 (batch 21)
        (
            "Jumlah produksi perikanan budidaya meliputi : Perikanan Budidaya Laut, Tambak dan "
            "Kolam dalam 1 (satu) tahun",
            [
                "Jumlah produksi perikanan budidaya meliputi : Perikanan Budidaya Laut, Tambak "
                "dan Kolam dalam 1 (satu) tahun"
            ],
        ),
        # the same way of writing with the other words of the class, glued or spaced
        (
            "Jumlah sarana berupa : gedung, kendaraan dan peralatan",
            ["Jumlah sarana berupa : gedung, kendaraan dan peralatan"],
        ),
        (
            "Jumlah dokumen perencanaan yang disusun tepat waktu, antara lain : RKPD, Renja dan "
            "LKjIP",
            [
                "Jumlah dokumen perencanaan yang disusun tepat waktu, antara lain : RKPD, Renja "
                "dan LKjIP"
            ],
        ),
        # a list before the operator: the quantity is named with it, not a label
        (
            "Jumlah kegiatan yang terdiri dari : sosialisasi, pelatihan dan pendampingan / "
            "Jumlah kegiatan yang direncanakan x 100%",
            [
                "Jumlah kegiatan yang terdiri dari : sosialisasi, pelatihan dan pendampingan",
                "Jumlah kegiatan yang direncanakan",
            ],
        ),
        (
            "Jumlah sampel yang memenuhi syarat, meliputi: air minum, air bersih dan air kolam / "
            "jumlah sampel yang diperiksa x 100%",
            [
                "Jumlah sampel yang memenuhi syarat, meliputi: air minum, air bersih dan air "
                "kolam",
                "jumlah sampel yang diperiksa",
            ],
        ),
        # after a bracket, and a quantity that no counting word opens
        (
            "Target Kualitas (TK) antara lain : gedung kantor, dan taman kanak-kanak dibagi "
            "jumlah penduduk desa yang bersangkutan dikali 100%",
            [
                "Target Kualitas (TK) antara lain : gedung kantor, dan taman kanak-kanak",
                "jumlah penduduk desa yang bersangkutan",
            ],
        ),
        (
            "Realisasi Kualitas (RK) yang mencakup : air kolam renang, pelabuhan dibagi Target "
            "Output (TO) dikali 100%",
            [
                "Realisasi Kualitas (RK) yang mencakup : air kolam renang, pelabuhan",
                "Target Output (TO)",
            ],
        ),
        (
            "Jumlah dokumen yang disusun yaitu : RPJMD, RKPD dan Renstra dibagi jumlah dokumen "
            "yang wajib disusun x 100%",
            [
                "Jumlah dokumen yang disusun yaitu : RPJMD, RKPD dan Renstra",
                "jumlah dokumen yang wajib disusun",
            ],
        ),
    ],
)
def test_a_listing_word_before_a_colon_opens_the_list_of_the_name(
    text: str, names: list[str]
) -> None:
    assert _names(text) == names
    _roundtrip(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("A : B x 100%", ["A", "B"]),  # a colon between two names still divides
        ("Jumlah A : Jumlah B x 100%", ["Jumlah A", "Jumlah B"]),
        ("Prevalensi Stunting: A dibagi B", ["A", "B"]),  # a label's colon
        ("Cara menghitung yaitu : Jumlah A / Jumlah B x 100%", ["Jumlah A", "Jumlah B"]),
        ("Persentase dokumen yaitu: Jumlah A / Jumlah B x 100%", ["Jumlah A", "Jumlah B"]),
        # a counted quantity after the colon, or a verb of computing before the apposition:
        # the words introduce the formula
        ("Jumlah kunjungan yaitu: Jumlah A / Jumlah B x 100%", ["Jumlah A", "Jumlah B"]),
        (
            "Jumlah kunjungan dihitung sebagai berikut : kunjungan baru / kunjungan lama x 100%",
            ["kunjungan baru", "kunjungan lama"],
        ),
    ],
)
def test_a_colon_after_other_words_divides_or_ends_a_label(text: str, names: list[str]) -> None:
    assert _names(text) == names
    _roundtrip(text)


# --- a worked example introduced by a word of example -------------------------------------
# The words that introduce an example (contoh, misal, umpama, ilustrasi, simulasi: data/names.toml
# [prose] example_words) after a formula open the document's figures put through it: set
# aside, the formula read alone (they were read into it: "… × 100% / 50 × 100%").


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah A / Jumlah B x 100%\nContoh: 45 / 50 x 100% = 90%",
        "Jumlah A / Jumlah B x 100% Contoh perhitungan: 45/50 x 100% = 90%",
        "(Jumlah A / Jumlah B) x 100%. Misal: jumlah A = 40, jumlah B = 50, maka capaian = 80%",
        "Jumlah A dibagi Jumlah B dikali 100%.\nContoh : jumlah desa yang tertib 8 dibagi "
        "jumlah desa 10 dikali 100% = 80%",
        "Jumlah A / Jumlah B x 100%\nMisalnya: 8/10 x 100% = 80%",
        "Jumlah A / Jumlah B x 100%\nContoh:\nJumlah A = 40\nJumlah B = 50\n"
        "Capaian = 40/50 x 100% = 80%",
        "Jumlah A / Jumlah B x 100% (contoh: 40/50 x 100% = 80%)",
        "Jumlah A / Jumlah B x 100%\nSebagai ilustrasi, 40 / 50 x 100% = 80%",
        "Jumlah A / Jumlah B x 100%\nMisalkan Jumlah A = 4 dan Jumlah B = 50; capaian = 4/50 x "
        "100% = 8%",
    ],
)
def test_a_worked_example_after_the_formula_is_set_aside(text: str) -> None:
    formula = _roundtrip(text)
    assert _names(text) == ["Jumlah A", "Jumlah B"]
    assert formula.evaluate({"Jumlah A": 1, "Jumlah B": 4}).exact == Fraction(25)


def test_the_example_ends_at_a_legend_heading() -> None:
    text = (
        "A / B x 100%\nContoh: 40/50 x 100% = 80%\nKeterangan:\nA = Jumlah desa tertib\n"
        "B = Jumlah desa"
    )
    assert _names(text) == ["Jumlah desa tertib", "Jumlah desa"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # permenpanrb-14-2017-skm-probdg-github#05 (batch 16): the cell opens with the word,
        # the formula is said by its example
        (
            "Contoh : Untuk mendapatkan nilai rata-rata tertimbang per unsur\npelayanan, maka "
            "jumlah nilai rata-rata per unsur pelayanan\ndikalikan dengan 0,11 (apabila 9 unsur) "
            "sebagai nilai bobot rata-rata\ntertimbang.",
            ["jumlah nilai rata-rata per unsur pelayanan"],
        ),
        # kks-2025-instrumen-sipantas-github#03 (batch 6): "contoh" inside a name
        (
            "Hasil pengawasan dalam bentuk jumlah sampel/contoh yang memenuhi persyaratan "
            "Keamanan Pangan dibagi dengan Jumlah pengawasan dalam bentuk jumlah contoh/sampel "
            "yang diambil dikali 100%.",
            [
                "Hasil pengawasan dalam bentuk jumlah sampel/contoh yang memenuhi persyaratan "
                "Keamanan Pangan",
                "Jumlah pengawasan dalam bentuk jumlah contoh/sampel yang diambil",
            ],
        ),
        # an explanation with no figure after the word is no worked example
        (
            "Jumlah sarana / Jumlah kebutuhan sarana x 100%\nContoh: gedung dan kendaraan",
            ["Jumlah sarana", "Jumlah kebutuhan sarana"],
        ),
    ],
)
def test_a_word_of_example_that_opens_no_worked_example(text: str, names: list[str]) -> None:
    assert _names(text) == names


# --- a clause after the scale that ends a formula -----------------------------------------
# A flattened fraction's denominator after the scale ("A x 100% B") is a noun phrase; a
# function word (a preposition, a subordinating conjunction, the relative "yang": data/names.toml
# [prose.clauses] scale_clause_openers) opens a clause or an adverbial phrase instead: a remark.


@pytest.mark.parametrize(
    ("text", "names", "value"),
    [
        # jabar-bapusipda-iku-github#06 (batch 11): after a ratio, as before
        (
            "jumlah arsip yang terdigitalisasi / arsip yang harus digitalisasi x 100 % di "
            "Bapusipda dan OPD ProvinsiJabar",
            ["jumlah arsip yang terdigitalisasi", "arsip yang harus digitalisasi"],
            Fraction(25),
        ),
        # after a product, a difference or a sum: no denominator either
        (
            "Jumlah A dikurangi Jumlah B x 100% sesuai dengan ketentuan peraturan "
            "perundang-undangan.",
            ["Jumlah A", "Jumlah B"],
            Fraction(-300),
        ),
        (
            "Jumlah A dikali Jumlah B x 100% dalam rangka evaluasi kinerja.",
            ["Jumlah A", "Jumlah B"],
            Fraction(400),
        ),
        (
            "Jumlah A ditambah Jumlah B dikalikan 100 yang dinyatakan sebagai angka.",
            ["Jumlah A", "Jumlah B"],
            Fraction(500),
        ),
    ],
)
def test_a_clause_after_the_scale_is_no_denominator(
    text: str, names: list[str], value: Fraction
) -> None:
    formula = ikicalc.parse(text)
    assert _names(text) == names
    assert formula.evaluate(dict(zip(names, (1, 4), strict=True))).exact == value


def test_a_noun_phrase_after_the_scale_is_still_the_denominator() -> None:
    assert _names("Jumlah A x 100% Jumlah B") == ["Jumlah A", "Jumlah B"]
    formula = ikicalc.parse("Jumlah A x 100% Jumlah B")
    assert formula.evaluate({"Jumlah A": 1, "Jumlah B": 4}).exact == Fraction(25)


def test_an_operator_word_ends_no_label_before_a_counted_quantity() -> None:
    # "Indeks …" opens a label's words ("Cakupan ASI Eksklusif Jumlah bayi …"), but words that
    # hold an operator word are the numerator (they were blanked: the numerator lost)
    text = (
        "Indeks yang dibayar petani dibagi Jumlah Perkara Pidana yang Diselesaikan Tepat Waktu "
        "dikali 100%"
    )
    assert _names(text) == [
        "Indeks yang dibayar petani",
        "Jumlah Perkara Pidana yang Diselesaikan Tepat Waktu",
    ]
    assert _names("Cakupan ASI Eksklusif Jumlah bayi yang diberi ASI x 100% Jumlah seluruh bayi") == [
        "Jumlah bayi yang diberi ASI",
        "Jumlah seluruh bayi",
    ]


# --- where the data come from, after the last name ----------------------------------------
# BPS metadata say the source of the data after the formula said in words: a clause opened by
# "berdasarkan" after a comma, or "berdasarkan (hasil) data/survei …" to the end with no relative
# clause after it, or ", yang diperoleh dari hasil …" ([layout] closing_clauses, _bare).


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # bungo-bps-bedaro-metadata-indikator-github#01 (batch 22)
        (
            "Metode perhitungannya dilakukan dengan menjumlahkan seluruh penduduk usia kerja yang "
            "bekerja dan yang sedang mencari pekerjaan, berdasarkan hasil Survei Angkatan Kerja "
            "Nasional (SAKERNAS) atau sumber data ketenagakerjaan lainnya.",
            ["seluruh penduduk usia kerja yang bekerja", "yang sedang mencari pekerjaan"],
        ),
        # bungo-bps-bedaro-metadata-indikator-github#14 (batch 22): no comma
        (
            "Metode perhitungannya dilakukan dengan menghitung selisih antara jumlah angkatan "
            "kerja dan jumlah penduduk bekerja berdasarkan data Survei Angkatan Kerja Nasional "
            "(SAKERNAS).",
            ["jumlah angkatan kerja", "jumlah penduduk bekerja"],
        ),
        # bungo-bps-bedaro-metadata-indikator-github#17 (batch 22): after names with aliases
        (
            "Metode perhitungannya dilakukan dengan menjumlahkan Garis Kemiskinan Makanan (GKM) "
            "dan Garis Kemiskinan Nonmakanan (GKNM), yang diperoleh dari hasil Survei Sosial "
            "Ekonomi Nasional (Susenas).",
            ["Garis Kemiskinan Makanan (GKM)", "Garis Kemiskinan Nonmakanan (GKNM)"],
        ),
        # jabar-bkpd-iku-bidang-subbidang-github#01 (batch 11): a relative clause after it,
        # the name's own qualifier
        (
            "Jumlah desa yang diintervensi dibagi keseluruhan desa miskin sejumlah 813 desa "
            "berdasarkan hasil data penelitian Pusdalisbang Provinsi Jawa Barat yang harus "
            "diintervensi",
            [
                "Jumlah desa yang diintervensi",
                "keseluruhan desa miskin sejumlah 813 desa berdasarkan hasil data penelitian "
                "Pusdalisbang Provinsi Jawa Barat yang harus diintervensi",
            ],
        ),
    ],
)
def test_the_source_of_the_data_after_the_last_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_a_sum_said_in_words_after_the_words_that_introduce_it() -> None:
    # bungo-bps-bedaro-metadata-indikator-github#03 (batch 22): "menjumlahkan" of one
    # quantity is its Σ, after "… dihitung dengan"
    text = (
        "PDRB ADHB dihitung dengan menjumlahkan nilai tambah bruto dari seluruh lapangan usaha "
        "yang ada di wilayah Kabupaten Bungo, berdasarkan harga berlaku pada tahun bersangkutan."
    )
    formula = ikicalc.parse(text)
    assert isinstance(formula.expr, ast.Sigma)
    assert formula.variables == (
        "nilai tambah bruto dari seluruh lapangan usaha yang ada di wilayah Kabupaten Bungo",
    )


def test_an_invisible_character_at_a_word_end_is_white_space() -> None:
    # bungo-bps-bedaro-metadata-indikator-github#08 (batch 22): a zero-width space
    text = "PDRB per Kapita ADHK=PDRB ADHK\u200b/Jumlah Penduduk"
    assert _names(text) == ["PDRB ADHK", "Jumlah Penduduk"]
    assert _names("Jumlah\u2060 A / Jumlah B\ufeff") == ["Jumlah A", "Jumlah B"]


def test_bagi_opening_a_regulation_says_for_whom() -> None:
    # uu-7-1983-pph-data-peraturan-github#01 (batch 22): "Bagi Wajib Pajak …" is "for", not the
    # step "bagi A dengan B" (its "dengan" is a product's); "adalah sebanyak" introduces it
    text = (
        "(4) Bagi Wajib Pajak orang pribadi atau perseorangan yang kewajiban pajak subyektifnya "
        "sebagai Subyek Pajak dalam negeri dimulai setelah permulaan tahun pajak atau berakhir "
        "dalam tahun pajak, maka pajak yang terhutang adalah sebanyak jumlah hari dari bagian "
        "tahun pajak dibagi 360 (tiga ratus enam puluh) dikalikan dengan pajak yang terhutang "
        "untuk satu tahun pajak yang dihasilkan karena penerapan ayat (1) dan ayat (2). "
        "Penghasilan netto yang diperoleh selama bagian dari tahun pajak dihitung terlebih "
        "dahulu menjadi jumlah setahun."
    )
    names = [
        "jumlah hari dari bagian tahun pajak",
        "pajak yang terhutang untuk satu tahun pajak yang dihasilkan karena penerapan ayat (1) "
        "dan ayat (2)",
    ]
    formula = ikicalc.parse(text)
    assert _names(text) == names
    assert formula.evaluate(dict(zip(names, (90, 4), strict=True))).exact == 1


# --- the joiner of an operator word is the operator's ---------------------------------------
# "dengan" right after an operator word ("dikurangi dengan", "dikurangkan dengan", "ditambahkan
# dengan") joins that operator's operand; it is no second operand of a ratio's noun said before
# it ("Rasio tersebut …") nor of a subtraction's noun ("pengurangan A dengan B"); a counted
# operation noun names a quantity ("Total pengurangan sampah": the reduction of waste).


@pytest.mark.parametrize(
    ("text", "names", "value"),
    [
        (
            "Rasio tersebut merupakan jumlah kasus DBD dikurangi dengan jumlah Kapal Perikanan "
            "yang dialokasikan.",
            ["jumlah kasus DBD", "jumlah Kapal Perikanan yang dialokasikan"],
            Fraction(-3),
        ),
        (
            "Total pengurangan sampah setelah dikurangkan dengan jumlah rumah tangga.",
            ["Total pengurangan sampah", "jumlah rumah tangga"],
            Fraction(-3),
        ),
        # jabar-bkpd-iku-bidang-subbidang-github#02 (batch 11): a counted noun of a ratio
        # before "antara" still says the ratio
        (
            "Jumlah perbandingan antara komoditas pangan segar yang dijadikan sampel dengan "
            "jumlah hasil komoditas pangan segar yang telah diuji laboratorium.",
            [
                "komoditas pangan segar yang dijadikan sampel",
                "jumlah hasil komoditas pangan segar yang telah diuji laboratorium",
            ],
            Fraction(1, 4),
        ),
    ],
)
def test_the_joiner_of_an_operator_word(text: str, names: list[str], value: Fraction) -> None:
    formula = ikicalc.parse(text)
    assert _names(text) == names
    assert formula.evaluate(dict(zip(names, (1, 4), strict=True))).exact == value


def test_what_the_formula_yields_after_sehingga() -> None:
    # a consequence said with no figure closes the sentence (comma or not)
    text = (
        "Jumlah laporan yang ditindaklanjuti dibagi jumlah laporan yang masuk sehingga "
        "diperoleh nilai indikator."
    )
    assert _names(text) == ["Jumlah laporan yang ditindaklanjuti", "jumlah laporan yang masuk"]


# --- a list announced before the formula ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # banpt-iapt-3-matriks-siapt-github#10 (batch 22), its list in plain lines
        "Perolehan dana melalui:\n- pendapatan atas kegiatan (jasa layanan profesi, produk "
        "institusi, dll.),\n- sumber lain (hibah, dana lestari, dll.).\n\nPDL = (DL / DT) x 100%\n"
        "DL = Jumlah dana yang bersumber selain dari mahasiswa dalam 3 tahun terakhir.\n"
        "DT = Jumlah penerimaan dana perguruan tinggi dalam 3 tahun terakhir.",
        # banpt-iapt-3-matriks-siapt-github#08 (batch 22), numbered
        "Pencapaian prestasi dosen dalam bentuk seperti:\n1. menjadi visiting professor di "
        "perguruan tinggi nasional/ internasional\n2. menjadi staf ahli di lembaga tingkat "
        "nasional/ internasional.\nPDL = (DL / DT) x 100%\nDL = Jumlah dana yang bersumber "
        "selain dari mahasiswa dalam 3 tahun terakhir.\nDT = Jumlah penerimaan dana perguruan "
        "tinggi dalam 3 tahun terakhir.",
    ],
)
def test_a_list_announced_before_the_formula_is_set_aside(text: str) -> None:
    assert _names(text) == [
        "Jumlah dana yang bersumber selain dari mahasiswa dalam 3 tahun terakhir",
        "Jumlah penerimaan dana perguruan tinggi dalam 3 tahun terakhir",
    ]


def test_a_legend_listed_before_the_formula_is_no_announced_list() -> None:
    text = "Keterangan:\n- A: jumlah desa tertib\n- B: jumlah desa\nA/B x 100%"
    assert _names(text) == ["jumlah desa tertib", "jumlah desa"]


def test_a_listing_colon_at_a_line_end_is_a_heading_over_the_formula() -> None:
    # the perturbation of variants_perturbed ('Indikator ini dihitung dengan rumus sebagai
    # berikut:' over the cell): the colon ends its line, the formula stands under it
    heading = "Indikator ini dihitung dengan rumus sebagai berikut:\n"
    assert _names(heading + "Nilai SKM AKDP") == ["Nilai SKM AKDP"]
    assert _names(heading + "Rasio Tahun Ini - Rasio Tahun Lalu") == [
        "Rasio Tahun Ini",
        "Rasio Tahun Lalu",
    ]
