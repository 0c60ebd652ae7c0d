"""Formulas said in the sentences of regulations (issue 14, causes 1, 2 and 8).

Each test quotes a real cell of a public regulation (the text as transcribed at
github.com/mblonyox/data-peraturan, github.com/fiskuspintar/peraturan-perpajakan, or an
office's workbook) and checks the variables and the value a careful reader gives it: the
paragraph number that opens it, the preamble that names the rule, the amount said with
``kali``, ``paling banyak``, ``30% dari …``, ``proporsi … dengan …``, the clause that cites
where the rule is set, the unit after it, a page number of the PDF between its lines.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc


def read(text: str) -> tuple[list[str], ikicalc.Formula]:
    formula = ikicalc.parse(text)
    return [str(v) for v in formula.variables], formula


def test_an_amount_said_with_kali_and_a_half() -> None:
    # PP 21/2007 (keuangan DPRD), pp/2007/21.md: "paling banyak 4 (empat) kali … ditambah 2½ …"
    names, formula = read(
        "(2) Bagi daerah dengan kemampuan keuangan daerah sedang, Belanja Penunjang "
        "Operasional Pimpinan sebagaimana dimaksud dalam Pasal 24 A disediakan paling banyak "
        "4 (empat) kali uang representasi Ketua DPRD ditambah 2½ (dua seperdua) kali jumlah "
        "uang representasi seluruh Wakil Ketua DPRD."
    )
    assert names == [
        "uang representasi Ketua DPRD",
        "jumlah uang representasi seluruh Wakil Ketua DPRD",
    ]
    values = {names[0]: 10, names[1]: 4}
    assert formula.evaluate(values).exact == 50
    # a count inside a name is no product
    names, _ = read("Jumlah ibu nifas yang mendapat paling sedikit 3 kali kunjungan / jumlah ibu")
    assert names == ["Jumlah ibu nifas yang mendapat paling sedikit 3 kali kunjungan", "jumlah ibu"]


def test_a_share_of_a_difference() -> None:
    # PP 50/2022 (KUP), pp/2022/50.md
    names, formula = read(
        "Dalam hal pengajuan keberatan Wajib Pajak ditolak atau dikabulkan sebagian, Wajib "
        "Pajak dikenai sanksi administratif berupa denda sebesar 30% (tiga puluh persen) dari "
        "jumlah pajak berdasarkan keputusan keberatan dikurangi dengan pajak yang telah dibayar "
        "sebelum mengajukan keberatan sebagaimana diatur dalam Pasal 25 ayat (9) Undang-Undang "
        "Ketentuan Umum dan Tata Cara Perpajakan."
    )
    assert names == [
        "jumlah pajak berdasarkan keputusan keberatan",
        "pajak yang telah dibayar sebelum mengajukan keberatan",
    ]
    assert formula.evaluate({names[0]: 100, names[1]: 40}).exact == 18


def test_a_share_said_as_a_fraction() -> None:
    # PP 1/2012 (PPN), pp/2012/1.md
    names, formula = read(
        "(1) Dalam hal Pajak Pertambahan Nilai menjadi bagian dari harga atau pembayaran atas "
        "penyerahan Barang Kena Pajak dan/atau penyerahan Jasa Kena Pajak, Pajak Pertambahan "
        "Nilai yang terutang adalah 10/110 (sepuluh per seratus sepuluh) dari harga atau "
        "pembayaran atas penyerahan Barang Kena Pajak dan/atau penyerahan Jasa Kena Pajak."
    )
    assert len(names) == 1
    assert formula.evaluate({names[0]: 110}).exact == 10


def test_a_product_said_from_a_paragraph_of_a_regulation() -> None:
    # PP 104/2000 (dana perimbangan), pp/2000/104.md
    names, formula = read(
        "(1) Dana Alokasi Umum bagi masing-masing Daerah Propinsi dan Daerah Kabupaten/Kota "
        "sebagaimana dimaksud dalam Pasal 16 ayat (3) dihitung berdasarkan perkalian dari "
        "jumlah Dana Alokasi Umum bagi seluruh Daerah, dengan bobot Daerah yang bersangkutan "
        "dibagi dengan jumlah masing-masing bobot seluruh Daerah di seluruh Indonesia."
    )
    assert names == [
        "jumlah Dana Alokasi Umum bagi seluruh Daerah",
        "bobot Daerah yang bersangkutan",
        "jumlah masing-masing bobot seluruh Daerah di seluruh Indonesia",
    ]
    assert formula.evaluate({names[0]: 100, names[1]: 3, names[2]: 6}).exact == 50
    names, _ = read(
        "(6) Bobot Daerah adalah proporsi kebutuhan dana Alokasi Umum suatu Daerah dengan Total "
        "Kebutuhan Dana Alokasi Umum seluruh Daerah."
    )
    assert names == [
        "kebutuhan dana Alokasi Umum suatu Daerah",
        "Total Kebutuhan Dana Alokasi Umum seluruh Daerah",
    ]


def test_paragraphs_of_a_regulation_cited_inside_names() -> None:
    # PP 65/2001 (pajak daerah), pp/2001/65.md
    names, _ = read(
        "(1) Besarnya pokok Pajak Kendaraan Bermotor yang terutang dihitung dengan cara "
        "mengalikan tarif sebagaimana dimaksud dalam Pasal 5 dengan dasar pengenaan pajak "
        "sebagaimana dimaksud dalam Pasal 4 ayat (5)."
    )
    assert names == [
        "tarif sebagaimana dimaksud dalam Pasal 5",
        "dasar pengenaan pajak sebagaimana dimaksud dalam Pasal 4 ayat (5)",
    ]


def test_a_page_number_between_the_preamble_and_the_formula() -> None:
    # PMK 3/2025 (PNBP ESDM), github.com/fiskuspintar/peraturan-perpajakan: the page's
    # number "- 3 -" between the preamble and the formula
    names, formula = read(
        "(1) Formula untuk menghitung d enda administratif \nketerlambatan pembangunan "
        "fasilitas pemurnian mineral \nlogam dalam negeri sebagaimana dimaksud dalam Pasal 1 "
        "\nayat (1) huruf a sebagai berikut : \n- 3 - \n \n Denda = (90% - (A – B)/90%) x 20% x C"
    )
    assert names == ["A", "B", "C"]
    assert formula.evaluate({"A": 9, "B": 0, "C": 10}).exact == Fraction(
        -91, 5
    )  # (0,9 - 9 / 0,9) × 0,2 × 10


def test_a_divisor_said_twice_with_its_unit() -> None:
    # PP 45/2015 (jaminan pensiun), pp/2015/45.md
    names, formula = read(
        "Formula Manfaat Pensiun sebagaimana dimaksud pada ayat (1) huruf a adalah 1% (satu "
        "persen) dikali Masa Iur dibagi 12 (dua belas) bulan dikali rata- rata Upah tahunan "
        "tertimbang selama Masa Iur dibagi 12 (dua belas)."
    )
    assert names == ["Masa Iur", "rata- rata Upah tahunan tertimbang selama Masa Iur"]
    assert formula.evaluate({names[0]: 1200, names[1]: 144}).exact == 12
    # inside a name the number said again stays as written
    names, _ = read(
        "jumlah guru dikalikan dengan alokasi dana per bulan paling banyak 12 (dua belas) bulan "
        "sesuai ketentuan"
    )
    assert names[1] == "alokasi dana per bulan paling banyak 12 (dua belas) bulan sesuai ketentuan"


def test_the_paragraph_that_holds_the_formula() -> None:
    # Instrumen KKS 2025 (Kab. Sumenep), github.com/aliefneutron/sipantas-sumenep: a
    # definition, a blank line, the formula
    names, _ = read(
        "Jumlah warga negara yang menjadi korban kebakaran atau terdampak kebakaran yang "
        "mendapatkan layanan penyelamatan serta evakuasi sesuai standar.\n\nJumlah kejadian "
        "kebakaran yang mendapatkan pelayanan penyelamatan dan evakuasi kebakaran dibagi jumlah "
        "keseluruhan kejadian kebakaran dikalikan 100%/."
    )
    assert names == [
        "Jumlah kejadian kebakaran yang mendapatkan pelayanan penyelamatan dan evakuasi kebakaran",
        "jumlah keseluruhan kejadian kebakaran",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PP 19/2008 (kecamatan), pp/2008/19.md: a label with a slash before a colon
        (
            "Luas Daerah/Wilayah Keseluruhan: Jumlah luas daratan ditambah luas lautan",
            ["Jumlah luas daratan", "luas lautan"],
        ),
        # PP 5/2009 (bantuan parpol), pp/2009/5.md: "didasarkan pada hasil penghitungan"
        (
            "Penentuan besarnya nilai bantuan per suara hasil Pemilu DPR sebagaimana dimaksud "
            "dalam Pasal 2 ayat (3) didasarkan pada hasil penghitungan jumlah bantuan keuangan "
            "APBN tahun anggaran sebelumnya dibagi dengan jumlah perolehan suara hasil Pemilu "
            "DPR bagi Partai Politik yang mendapatkan kursi periode sebelumnya.",
            [
                "jumlah bantuan keuangan APBN tahun anggaran sebelumnya",
                "jumlah perolehan suara hasil Pemilu DPR bagi Partai Politik yang mendapatkan "
                "kursi periode sebelumnya",
            ],
        ),
        # PP 18/2016 (perangkat daerah), pp/2016/18.md: a list announced and not there
        (
            "3. Langkah 3: Melakukan perkalian jumlah nilai dari seluruh indikator dari variabel "
            "umum dan variabel teknis tersebut dengan faktor kesulitan geografis, dengan kriteria "
            "sebagai berikut:",
            [
                "jumlah nilai dari seluruh indikator dari variabel umum dan variabel teknis "
                "tersebut",
                "faktor kesulitan geografis",
            ],
        ),
        # PP 19/2008, pp/2008/19.md: "hasil perkalian A dan B"
        (
            "Nilai indikator adalah hasil perkalian skor dan bobot masing-masing indikator.",
            ["skor", "bobot masing-masing indikator"],
        ),
        # PP 76/2010 (PNBP Kominfo), pp/2010/76.md: ∆ names a quantity
        ("Tahun ke-1 Y 1 = X + ((20% x ∆ ) – Z)", ["X", "∆", "Z"]),
    ],
)
def test_regulation_cells_read_as_a_careful_reader_reads_them(
    text: str, expected: list[str]
) -> None:
    names, _ = read(text)
    assert names == expected


def test_a_comparison_with_an_amount_in_rupiah_inside_a_name() -> None:
    names, _ = read(
        "Jumlah rumah tangga dengan pengeluaran per kapita < Rp 500.000 / jumlah rumah tangga "
        "x 100%"
    )
    assert names == [
        "Jumlah rumah tangga dengan pengeluaran per kapita < Rp 500.000",
        "jumlah rumah tangga",
    ]


def test_a_sum_of_listed_quantities_then_divided_in_words() -> None:
    # PP 104/2000 (dana perimbangan), pp/2000/104.md, Pasal 7 ayat (4)
    names, formula = read(
        "(4) Potensi ekonomi Daerah sebagaimana dimaksud dalam ayat (2) dihitung berdasarkan "
        "perkalian antara penerimaan Daerah rata-rata dengan penjumlahan dari Indeks Industri, "
        "Indeks sumber daya alam, dan Indeks sumber daya manusia setelah dibagi tiga."
    )
    assert names == [
        "penerimaan Daerah rata-rata",
        "Indeks Industri",
        "Indeks sumber daya alam",
        "Indeks sumber daya manusia",
    ]
    values = dict(zip(names, (10, 1, 2, 3), strict=True))
    assert formula.evaluate(values).exact == 20


def test_the_operation_of_a_list_of_items() -> None:
    # PP 65/2001 (pajak daerah), pp/2001/65.md, Pasal 4
    names, formula = read(
        "(1) Dasar pengenaan Pajak Kendaraan Bermotor dihitung sebagai perkalian dari 2 (dua) "
        "unsur pokok:\na. Nilai Jual Kendaraan Bermotor;\nb. Bobot yang mencerminkan secara "
        "relatif kadar kerusakan jalan dan pencemaran lingkungan akibat penggunaan kendaraan "
        "bermotor."
    )
    assert names[0] == "Nilai Jual Kendaraan Bermotor"
    assert len(names) == 2
    assert formula.evaluate({names[0]: 3, names[1]: 2}).exact == 6
