"""The predicate of a legal sentence opens its formula (lang/predicate.py): the first
quantity's name starts after the sentence's own verb (``dibayarkan``, ``diancam dengan``,
``memperoleh … setelah``), never runs back over it; a quantity's own verb (after ``yang``,
after a counted quantity, in a list of verbs) stays in its name."""

from __future__ import annotations

import pytest

import ikicalc


def _names(text: str) -> list[str]:
    return list(ikicalc.parse(text).variables)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # UU 29/1964, Pasal 6 (2)
        (
            "(2) Atas surat-surat obligasi yang telah terundi untuk dapat dilunaskan sebagaimana "
            "yang termaksud dalam ayat (1) dibayarkan harga nominal dikalikan dengan sejumlah "
            "presentase, yang perhitungan dan caranya ditetapkan oleh Menteri.",
            ["harga nominal", "sejumlah presentase"],
        ),
        # UU 9/1976, Pasal 38
        (
            "Pasal 38 Membujuk anak yang belum cukup umur untuk melakukan tindak pidana "
            "sebagaimana tersebut dalam Pasal 36 ayat (1) diancam dengan pidana sebagaimana "
            "tersebut dalam Pasal 36 ayat (1) ditambah dengan sepertiganya.",
            ["pidana sebagaimana tersebut dalam Pasal 36 ayat (1)"],
        ),
        # PP 35/1985, Pasal 25 (6)
        (
            "(6) Organisasi peserta Pemilihan Umum yang menyatakan penggabungan suara memperoleh "
            "wakil sejumlah angka bulat setelah bilangan jumlah gabungan sisa suara dibagi dengan "
            "BPP sebagaimana dimaksud dalam Ayat (2).",
            ["bilangan jumlah gabungan sisa suara", "BPP sebagaimana dimaksud dalam Ayat (2)"],
        ),
        # a condition, "maka", then the consequent's subject and predicate
        (
            "(2) Apabila pejabat meninggal dunia dalam menjalankan tugas, maka kepada ahli "
            "warisnya yang sah dibayarkan gaji pokok terakhir dikalikan dengan masa kerja.",
            ["gaji pokok terakhir", "masa kerja"],
        ),
        # the object a kind, "berupa" says what it is
        (
            "Wajib pajak yang tidak menyampaikan laporan tepat pada waktunya dikenai sanksi "
            "berupa bunga dikalikan jumlah bulan keterlambatan.",
            ["bunga", "jumlah bulan keterlambatan"],
        ),
        # the same sentences with other words
        (
            "Kepada pegawai honorer yang telah bekerja lebih dari lima tahun dibayarkan upah "
            "pokok dikalikan dengan masa kerja.",
            ["upah pokok", "masa kerja"],
        ),
        (
            "Setiap koperasi yang terdaftar pada dinas kabupaten memperoleh bantuan setelah "
            "modal awal dibagi dengan jumlah anggota.",
            ["modal awal", "jumlah anggota"],
        ),
    ],
)
def test_the_predicate_opens_the_formula(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a quantity's own verb: after a counted word, after "yang", in a list, a short subject
        (
            "Jumlah kasus pelanggaran yang terjadi di wilayah kabupaten diselesaikan tepat "
            "waktu dibagi jumlah kasus",
            ["Jumlah kasus pelanggaran yang terjadi di wilayah kabupaten diselesaikan tepat waktu",
             "jumlah kasus"],
        ),
        (
            "Komoditas pangan segar yang dijadikan sampel untuk diuji laboratorium dibagi "
            "komoditas pangan segar seluruhnya",
            ["Komoditas pangan segar yang dijadikan sampel untuk diuji laboratorium",
             "komoditas pangan segar seluruhnya"],
        ),
        ("lama merokok dalam tahun x jumlah rokok per hari", ["lama merokok dalam tahun",
                                                             "jumlah rokok per hari"]),
        # the relative's passive typed apart (IKU Kejaksaan, Kepja 1184/2025), a stack's lines
        (
            "Proses bisnis inti Kejaksaan yang telah di digitalisasi\n"
            "Total seluruh proses bisnis Inti\nX 100%",
            ["Proses bisnis inti Kejaksaan yang telah di digitalisasi",
             "Total seluruh proses bisnis Inti"],
        ),
        # a verb inside a bracketed name (found by hypothesis: the canonical text of a product)
        (
            "(sekurang-kurangnya PNS pegawai Disetujui Jumlah) \\times (0,00)",
            ["sekurang-kurangnya PNS pegawai Disetujui Jumlah"],
        ),
    ],
)
def test_a_quantitys_own_verb_stays_in_its_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Renstra PUPR: the second operand repeats the first one's head noun ("subbidang")
        (
            "Sasaran strategis ini merupakan penjumlahan capaian subbidang cipta karya "
            "penurunan luasan permukiman kumuh perkotaan dan peningkatan cakupan pelayanan "
            "akses sanitasi dan subbidang perumahan rakyat pemenuhan perumahan layak huni.",
            ["capaian subbidang cipta karya penurunan luasan permukiman kumuh perkotaan dan "
             "peningkatan cakupan pelayanan akses sanitasi",
             "subbidang perumahan rakyat pemenuhan perumahan layak huni"],
        ),
        (
            "Indeks ini merupakan penjumlahan nilai komponen pendidikan dan kesehatan dan "
            "nilai komponen ekonomi.",
            ["nilai komponen pendidikan dan kesehatan", "nilai komponen ekonomi"],
        ),
    ],
)
def test_parallel_operands_part_at_the_repeated_word(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_the_number_named_after_the_verb_of_an_operation() -> None:
    # Kepka BAPETEN 4/1999, nomor 429: "membagi angka 50 dengan …" is 50 / …
    text = (
        "Indeks angkutan harus diperoleh dengan jalan membagi angka 50 dengan nilai N yang "
        "diturunkan dengan cara yang diuraikan dalam nomor 567 (yaitu IA = 50/N)."
    )
    formula = ikicalc.parse(text)
    assert list(formula.variables) == ["nilai N yang diturunkan dengan cara yang diuraikan dalam nomor 567"]
    assert str(formula).startswith("50 / ")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # UU 8/2015 Pasal 202: "serta" and a verb of another voice than the relative clause's
        (
            "Bupati yang tidak sampai satu periode akibat ketentuan Pasal 201 diberi kompensasi "
            "uang sebesar gaji pokok dikalikan jumlah bulan yang tersisa serta mendapatkan hak "
            "pensiun untuk satu periode.",
            ["gaji pokok", "jumlah bulan yang tersisa"],
        ),
        # two verbs of one relative clause share their voice: the name's
        (
            "Besaran insentif adalah tarif dasar dikalikan jumlah laporan yang diterima serta "
            "ditindaklanjuti oleh Dinas Kominfo.",
            ["tarif dasar", "jumlah laporan yang diterima serta ditindaklanjuti oleh Dinas Kominfo"],
        ),
    ],
)
def test_serta_and_a_verb_of_another_voice_is_the_sentences(text: str, names: list[str]) -> None:
    assert _names(text) == names
