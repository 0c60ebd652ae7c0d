"""What a careful reader sees in the lines of a stacked fraction never seen (issue 14, cause
4; ``ikicalc/lang/stacking.py``, ``layout.py``, ``wrapping.py``): the line under the middle
line is the denominator, never a note; a count or a duration inside a name is no second
scale; a letter alone over a bar is a symbol; words alone are names; the same words opening
both names are the names' own, not a label's column; a count broken at a line's end is one
count. Each family: the dev cell it came from (ids of ``tests/data/public-cells.jsonl``, as
the stacked variant benchmark writes them) and the same layout with other names."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ikicalc.lang.parser import parse


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (  # kks-2025-instrumen-sipantas-github#01, written over a bar: the denominator in
            # lower case is no closing sentence
            "Jumlah anak yang berumur di bawah 5 tahun dengan kategori status gizi memiliki "
            "Z-score kurang dari -2 Standar Deviasi (SD)\n--------------------------------- "
            "x100%\njumlah balita diukur panjang atau tinggi badan",
            (
                "Jumlah anak yang berumur di bawah 5 tahun dengan kategori status gizi memiliki "
                "Z-score kurang dari -2 Standar Deviasi (SD)",
                "jumlah balita diukur panjang atau tinggi badan",
            ),
        ),
        (
            "Jumlah ibu hamil yang mendapat tablet Fe\nx 100%\njumlah seluruh ibu hamil di wilayah",
            ("Jumlah ibu hamil yang mendapat tablet Fe", "jumlah seluruh ibu hamil di wilayah"),
        ),
        (
            "Realisasi anggaran\n__________ x 100%\npagu anggaran dalam dokumen pelaksanaan",
            ("Realisasi anggaran", "pagu anggaran dalam dokumen pelaksanaan"),
        ),
    ],
)
def test_the_line_under_the_middle_line_is_the_denominator(
    text: str, variables: tuple[str, ...]
) -> None:
    formula = parse(text)
    assert formula.variables == variables
    assert formula.evaluate(dict(zip(variables, (1, 4), strict=True))).exact == 25


def test_a_note_under_a_formula_is_still_a_note() -> None:
    formula = parse("Jumlah A / Jumlah B x 100%\ndata bersumber dari dinas kesehatan")
    assert formula.variables == ("Jumlah A", "Jumlah B")


@pytest.mark.parametrize(
    "text",
    [
        # rsigm-sultan-agung-indikator-mutu-github#01, the scale at the end of the
        # denominator's line; the numerator holds a duration "( <3 x 24 jam)"
        "Jumlah permasalahan di lingkup Bidang Medik yang telah ditindaklanjuti dalam waktu "
        "kurang dari 72 jam ( <3 x 24 jam)\n───────────────────────\nJumlah seluruh "
        "permasalahan di Lingkup Bidang Medik yang harus ditindaklanjuti X 100%",
        "Jumlah keluhan dijawab dalam 2 x 24 jam\n-----------\nJumlah keluhan x 100%",
        "Jumlah ibu nifas dengan 3 x kunjungan\n_________\nJumlah ibu nifas\nx 100%",
    ],
)
def test_a_count_inside_a_name_is_no_second_scale(text: str) -> None:
    formula = parse(text)
    values = dict(zip(formula.variables, (1, 4), strict=True))
    assert formula.evaluate(values).exact == 25


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        # bps-dompu-dasar-hitung-pk-2022-github#02 over a bar
        ("x\n------------------------------------------------------------ X 100 %\ny", 25),
        ("x\n__________________________________X 100%\nz", 25),
        ("p\n--------\nx", 25),
    ],
)
def test_a_letter_x_alone_over_or_under_a_bar_is_a_symbol(text: str, reading: int) -> None:
    formula = parse(text)
    assert "x" in formula.variables
    values = dict(zip(formula.variables, (1, 4), strict=True))
    assert formula.evaluate(values).exact * (1 if "100" in text else 100) == reading


@pytest.mark.parametrize(
    "text",
    [
        # puskesmas-sangtombolang-profil-mutu#01: the words alone, no names beside them
        "Numerator\n-------------------------------------------------- x100%\ndenominator",
        "Numerator\n───────── x 100%\nDenominator",
    ],
)
def test_numerator_and_denominator_alone_are_the_names(text: str) -> None:
    formula = parse(text)
    assert [v.lower() for v in formula.variables] == ["numerator", "denominator"]


def test_numerator_and_denominator_words_before_names_are_still_set_aside() -> None:
    assert parse("Numerator A Denumerator B").variables == ("A", "B")
    assert parse("Numerator: jumlah A Denumerator: jumlah B").variables == ("jumlah A", "jumlah B")


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (  # jabar-dkp-renstra-review-2017-2018-github#07 with its label on the middle line
            "proporsi jumlah kasus pelanggaran pada tahun ke n-1 − proporsi jumlah kasus "
            "pelanggaran pada tahun ke n\nPersentase = ─────────────── X 100 %\nproporsi jumlah "
            "kasus pelanggaran pada tahun ke n",
            (
                "proporsi jumlah kasus pelanggaran pada tahun ke n-1",
                "proporsi jumlah kasus pelanggaran pada tahun ke n",
            ),
        ),
        (  # the same, words of another kind
            "nilai total ekspor tahun n − nilai total ekspor tahun n-1\nPertumbuhan = ------- x "
            "100%\nnilai total ekspor tahun n-1",
            ("nilai total ekspor tahun n", "nilai total ekspor tahun n-1"),
        ),
    ],
)
def test_the_same_words_opening_both_names_are_the_names_own(
    text: str, variables: tuple[str, ...]
) -> None:
    assert parse(text).variables == variables


def test_a_label_column_in_capitals_is_still_set_aside() -> None:
    formula = parse(
        "Cakupan  Jumlah balita ditimbang\nPenimbangan = ------ x 100%\nBalita  Jumlah balita"
    )
    assert formula.variables == ("Jumlah balita ditimbang", "Jumlah balita")


@pytest.mark.parametrize(
    ("text", "numerator"),
    [
        (  # puskesmas-indikator-2017-surveilans#01 wrapped at 20 characters
            "jumlah bayi yang\nmendapat 1x\nimunisasi hepatitis\nB, 1 x imunisasi\nBCG, 3 x "
            "imunisasi\nDPT-HB-Hib, 4 x\nimunisasi polio dan\n1 x imunisasi campak\ndalam kurun "
            "waktu 1\ntahun\n────────────────────── × 100\nJml Seluruh Bayi selama kurun waktu "
            "yang sama",
            "jumlah bayi yang mendapat 1x imunisasi hepatitis B, 1 x imunisasi BCG, 3 x "
            "imunisasi DPT-HB-Hib, 4 x imunisasi polio dan 1 x imunisasi campak dalam kurun "
            "waktu 1 tahun",
        ),
        (
            "Jumlah ibu nifas dengan 3 x\nkunjungan nifas\n------\nJumlah ibu nifas x 100%",
            "Jumlah ibu nifas dengan 3 x kunjungan nifas",
        ),
    ],
)
def test_a_count_broken_at_a_lines_end_is_one_count(text: str, numerator: str) -> None:
    formula = parse(text)
    assert formula.variables[0] == numerator
    assert len(formula.variables) == 2


@pytest.mark.parametrize(
    "text",
    [
        "x\n× 100\ny",  # bps-dompu-dasar-hitung-pk-2022-github#02, no bar, the scale between
        "x × 100\n──────────────────────────────\ny",  # the scale on the numerator's line
        "x\ny\nx 100%",  # two lines and the scale under them
    ],
)
def test_a_lone_x_opening_the_cell_is_a_symbol(text: str) -> None:
    formula = parse(text)
    assert formula.variables == ("x", "y")
    assert formula.evaluate({"x": 1, "y": 4}).exact == 25


def test_a_scale_alone_still_has_no_operand() -> None:
    with pytest.raises(ValueError, match="no operand"):
        parse("x 100%")


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (  # pasuruan-bappeda-review-iku-2021-github#04 with a label on the middle line
            "Hasil penelitian dan pengembangan yang ditindaklanjuti\nPersentase = ──────────── X "
            "100%\nAkumulasi Jumlah Penelitian dan Pengembangan yang dilakukan mulai tahun 2018",
            (
                "Hasil penelitian dan pengembangan yang ditindaklanjuti",
                "Akumulasi Jumlah Penelitian dan Pengembangan yang dilakukan mulai tahun 2018",
            ),
        ),
        (  # pontianak-puskesmas-kampungbali-do#02 likewise
            "Jumlah rumah tangga yang dikatagorikan sehat\nPersentase = ──────────── X 100 %\n"
            "Seluruh jumlah rumah tangga yg dipantau di kelurahan",
            (
                "Jumlah rumah tangga yang dikatagorikan sehat",
                "Seluruh jumlah rumah tangga yg dipantau di kelurahan",
            ),
        ),
        (  # kks-2025-instrumen-sipantas-github#03 likewise
            "Hasil pengawasan dalam bentuk jumlah sampel/contoh yang memenuhi persyaratan\n"
            "IPM = ------------------ x100%\nJumlah pengawasan dalam bentuk jumlah contoh/sampel",
            (
                "Hasil pengawasan dalam bentuk jumlah sampel/contoh yang memenuhi persyaratan",
                "Jumlah pengawasan dalam bentuk jumlah contoh/sampel",
            ),
        ),
    ],
)
def test_words_before_a_counting_word_that_name_no_indicator_are_the_names_own(
    text: str, variables: tuple[str, ...]
) -> None:
    assert parse(text).variables == variables


def test_a_label_column_of_naming_words_with_one_space_is_still_set_aside() -> None:
    formula = parse(
        "Persentase Jumlah desa mandiri\nCapaian = ------ x 100%\nKinerja Jumlah desa seluruhnya"
    )
    assert formula.variables == ("Jumlah desa mandiri", "Jumlah desa seluruhnya")


@pytest.mark.parametrize(
    ("text", "numerator"),
    [
        (  # kulonprogo-perbup-10-2011-spm-sosial-github#03 (Perbup Kulon Progo 10/2011)
            "Jumlah PMKS dalam 1\n(satu) tahun yang menjadi\npeserta program pember-\ndayaan "
            "masyarakat mela-\nlui KUBE atau kelompok\nsosial ekonomi sejenis.\n______________ x "
            "100 %\nJumlah PMKS dalam 1\n(satu) tahun yang seha-\nrusnya menjadi peserta\nprogram "
            "pemberdayaan\nmasyarakat melalui KUBE\natau kelompok sosial\nekonomi sejenis",
            "Jumlah PMKS dalam 1 (satu) tahun yang menjadi peserta program pemberdayaan "
            "masyarakat melalui KUBE atau kelompok sosial ekonomi sejenis",
        ),
        (
            "Jumlah UMKM binaan DISKOP atau\nkoperasi yang naik kelas\n-------- x 100%\n"
            "Jumlah UMKM binaan",
            "Jumlah UMKM binaan DISKOP atau koperasi yang naik kelas",
        ),
    ],
)
def test_atau_in_a_numerator_over_a_bar_is_no_second_way(text: str, numerator: str) -> None:
    formula = parse(text)
    assert formula.variables[0] == numerator
    assert len(formula.variables) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah A yang hadir\n------------ x 100\n%\nJumlah A",  # the percent on a line alone
        "Jumlah desa tertib administrasi x 100\n% ---------\nJumlah desa",  # before the bar
    ],
)
def test_a_scales_percent_wrapped_onto_the_next_line_is_one_scale(text: str) -> None:
    formula = parse(text)
    assert len(formula.variables) == 2
    assert formula.evaluate(dict(zip(formula.variables, (1, 4), strict=True))).exact == 25


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (  # pembinaan-puskesmas-kriteria-ukm-github#19 in a table cell, the numerator wrapped,
            # the scale on its first line: the denominator opens with the numerator's words
            "Nilai IKS pada saat monitoring x100%\nevaluasi Puskesmas\nnilai IKS pada awal tahun "
            "berjalan",
            (
                "Nilai IKS pada saat monitoring evaluasi Puskesmas",
                "nilai IKS pada awal tahun berjalan",
            ),
        ),
        (
            "Skor kepuasan pada triwulan x 100%\nberjalan di unit layanan\nskor kepuasan pada "
            "triwulan sebelumnya",
            (
                "Skor kepuasan pada triwulan berjalan di unit layanan",
                "skor kepuasan pada triwulan sebelumnya",
            ),
        ),
        (  # pontianak-puskesmas-kampungbali-do#01 likewise: 'yang' ends no name
            "Jumlah rumah tangga yang x 100%\ndikatagorikan sehat\nseluruh rumah tangga yang "
            "dipantau yang ada di kelurahan",
            (
                "Jumlah rumah tangga yang dikatagorikan sehat",
                "seluruh rumah tangga yang dipantau yang ada di kelurahan",
            ),
        ),
        (
            "Jumlah sekolah dengan x 100%\nsanitasi layak\nseluruh sekolah di kecamatan",
            ("Jumlah sekolah dengan sanitasi layak", "seluruh sekolah di kecamatan"),
        ),
    ],
)
def test_a_wrapped_numerator_with_its_scale_on_the_first_line(
    text: str, variables: tuple[str, ...]
) -> None:
    formula = parse(text)
    assert formula.variables == variables
    assert formula.guesses


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (  # variants_stacked "three lines, one space": a number under the bar
            "Persentase Skor diperoleh\nCapaian = ---------------- x 100 %\nKinerja 80",
            ("Skor diperoleh",),
        ),
        (  # the counting word on one side only
            "Persentase Belanja Pegawai + Belanja Barang\nCapaian = ──────────\nKinerja Jumlah "
            "provinsi",
            ("Belanja Pegawai", "Belanja Barang", "Jumlah provinsi"),
        ),
        (
            "Persentase Σ Indikator X\nCapaian = ──────────\nKinerja Nilai Maksimum X",
            ("Indikator X", "Nilai Maksimum X"),
        ),
    ],
)
def test_a_label_column_one_word_wide_on_both_lines(text: str, variables: tuple[str, ...]) -> None:
    assert parse(text).variables == variables


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (  # variants_stacked "wrapped both at 30, scale last, no bar": parallel names
            "luas area permukiman tertata\nluas area permukiman\nkeseluruhan\nx 100%",
            ("luas area permukiman tertata", "luas area permukiman keseluruhan"),
        ),
        (
            "volume tempat sampah yang\nditangani\nvolume produksi sampah\nx 100%",
            ("volume tempat sampah yang ditangani", "volume produksi sampah"),
        ),
        (
            "panjang saluran drainase dalam\nkondisi baik\npanjang saluran drainase\nseluruhnya\nX 100 %",
            (
                "panjang saluran drainase dalam kondisi baik",
                "panjang saluran drainase seluruhnya",
            ),
        ),
        ("Skor diperoleh\n80\nX 100 %", ("Skor diperoleh",)),  # a constant denominator
    ],
)
def test_both_wrapped_no_bar_the_scale_last(text: str, variables: tuple[str, ...]) -> None:
    formula = parse(text)
    assert formula.variables == variables
    assert formula.guesses


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("suku bunga acuan\n============================\n12", 2),  # a bar of '=' over a number
        ("a + b\n=======================\n2", 15),
    ],
)
def test_a_bar_of_equals_signs_over_a_number_is_no_target(text: str, value: int) -> None:
    formula = parse(text)
    values = (
        dict.fromkeys(formula.variables, 24) if len(formula.variables) == 1 else {"a": 10, "b": 20}
    )
    assert formula.evaluate(values).exact == value


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (  # malukutengah-lkjip-2021#02 in a table cell: the scale beside the first line,
            # right after a sign
            "Rencana − (Realisasi − x100%\nRencana)\nRencana",
            "(Rencana - (Realisasi - Rencana)) / Rencana × 100%",
        ),
        (
            "Jumlah penerimaan perpajakan + × 100\nPenerimaan Negara Bukan Pajak\n+ hibah\n"
            "Produk Domestik Bruto",
            "(Jumlah penerimaan perpajakan + Penerimaan Negara Bukan Pajak + hibah) / Produk "
            "Domestik Bruto × 100",
        ),
        (
            "Pendapatan Daerah 2016 − x100%\nPendapatan Daerah 2015\nPendapatan Daerah 2015",
            "(Pendapatan Daerah 2016 - Pendapatan Daerah 2015) / Pendapatan Daerah 2015 × 100%",
        ),
        (
            "Jumlah ekspor tahun ini − x 100%\nekspor tahun lalu\nekspor tahun lalu",
            "(Jumlah ekspor tahun ini - ekspor tahun lalu) / ekspor tahun lalu × 100%",
        ),
    ],
)
def test_a_scale_beside_an_expression_the_wrap_interrupted(text: str, reading: str) -> None:
    formula = parse(text)
    assert str(formula) == reading
    assert formula.guesses


# kulonprogo-perbup-36-2018-ppdb-github#02 (batch 17: Perbup Kulon Progo 36/2018, PPDB)
PPDB = (
    "(NS + NP) x 100\nNA =\nNST + NPT\nKeterangan:\nNA = Nilai Akhir.\nNS = Nilai SHUSBN.\n"
    "NST = Nilai SHUSBN Tertinggi.\nNP = Nilai Prestasi.\nNPT = Nilai Prestasi Tertinggi."
)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (
            PPDB,
            "NA = (Nilai SHUSBN + Nilai Prestasi) × 100 / (Nilai SHUSBN Tertinggi + Nilai "
            "Prestasi Tertinggi)",
        ),
        (  # the same layout, the sum over a number (kulonprogo-perbup-36-2018-ppdb-github#01)
            "{(NZ X 100) : NZT} + [{(NS + NP) X 100} : (NST+NPT)]\nNA =\n2\nKeterangan:\n"
            "NA    = Nilai Akhir.\nNZ    = Nilai Zona.\nNZT = Nilai Zona Tertinggi.\n"
            "NS    = Nilai SHUSBN.\nNST = Nilai SHUSBN Tertinggi.\nNP    = Nilai Prestasi.\n"
            "NPT = Nilai Prestasi Tertinggi.",
            "NA = (Nilai Zona × 100 / Nilai Zona Tertinggi + (Nilai SHUSBN + Nilai Prestasi) × "
            "100 / (Nilai SHUSBN Tertinggi + Nilai Prestasi Tertinggi)) / 2",
        ),
        (  # other symbols, no legend
            "(P1 + P2 + P3) x 100\nIKP =\nP1max + P2max + P3max",
            "IKP = (P1 + P2 + P3) × 100 / (P1max + P2max + P3max)",
        ),
        (
            "Realisasi PAD − Target PAD\nDeviasi =\nTarget PAD",
            "Deviasi = (Realisasi PAD - Target PAD) / Target PAD",
        ),
    ],
)
def test_a_middle_line_of_a_label_and_its_equals_the_bar_lost(text: str, reading: str) -> None:
    assert str(parse(text)) == reading


@pytest.mark.parametrize(
    "text",
    [
        "A / B x 100%\nA =\nJumlah pegawai hadir\nB =\nJumlah pegawai",  # a legend's entry
        "Formulasi NTP :\nNTPp =\nA + B",  # a heading above, not a numerator
    ],
)
def test_a_label_alone_that_is_no_middle_line(text: str) -> None:
    try:
        formula = parse(text)
    except ValueError:
        return
    assert "=" not in str(formula) or not str(formula).startswith(("A =", "NTPp = (Formulasi"))


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (  # jatim-dishub-renstra-2009-2014-github#01 (batch 17) with names of plain words: a
            # form's empty field and the label's '=' on the middle line, the scale's sign lost
            "Σ (% IKU A + % IKU B)\n( )=                                                 100%\n2",
            "Σ (% IKU A + % IKU B) / 2 × 100%",
        ),
        (  # the field on a line of its own above (…#02)
            "( )\nΣ (Capaian A + Capaian B + Capaian C)\n=                      100%\n3",
            "Σ (Capaian A + Capaian B + Capaian C) / 3 × 100%",
        ),
        ("Jumlah A\n=        100%\nJumlah B", "Jumlah A / Jumlah B × 100%"),
    ],
)
def test_a_middle_line_with_an_empty_field_and_the_scales_sign_lost(
    text: str, reading: str
) -> None:
    assert str(parse(text)) == reading


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # kulonprogo-perbup-6-2021-pamong-kalurahan-github#02: the ratio in percent, then its
        # weight, on the middle line beside the label
        ("B\nUKD =             X 100      X 80%\nS", "40"),
        ("Jumlah kegiatan terlaksana\n------------ x 100 x 5%\nJumlah kegiatan", "2.5"),
        ("Realisasi PAD\nNilai = __________ × 100 × 0,3\nTarget PAD", "15"),
    ],
)
def test_the_middle_line_may_chain_its_scales(text: str, value: str) -> None:
    formula = parse(text)
    numerator, denominator = formula.variables
    assert formula.evaluate({numerator: 1, denominator: 2}).value == Decimal(value)
