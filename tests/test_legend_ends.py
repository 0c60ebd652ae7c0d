"""Where a legend's entry ends (issue 14, cause 6): a legend whose last entry is followed by
free notes. Real cells quoted with their id in ``tests/data/public-cells.jsonl``, and the same
ways of writing with other names and lengths."""

from __future__ import annotations

import pytest

from ikicalc.lang.parser import parse

# jabar-dkp-renstra-review-2017-2018-github#03
DKP_03 = (
    "Formulasi\nX\nA = x 100%\nY\nKeterangan :\nA = Prosentase Peningkatan Hasil\nProduksi "
    "Perikanan yang\nmemenuhi standar jaminan\nkesehatan ikan, mutu dan\nkeamanan pangan\nX = "
    "Jumlah sampel yang memenuhi\ntandar jaminan kesehatan ikan,\nmutu dan keamanan pangan\nY = "
    "Jumlah sampel yang diambil\nSampel (diambil secara acak) berasal dari hasil uji\nformalin "
    "yang dilakukan ke pasar, UPI dan TPI\nKabupaten/Kota di Jawa Barat dalam rangka\nmonitoring "
    "bahan berbahaya pada produk perikanan\ndan monitoring residu terhadap komoditi udang dan\n"
    "ikan yang dilakukan ke pembudidaya di kabupaten/kota\ndi Jawa Barat"
)
# jabar-dkp-renstra-review-2017-2018-github#08
DKP_08 = (
    "Formulasi\n(X -X )\nA = (n-1) (n) x 100%\nX\n(n)\nKeterangan :\nA = Prosentase "
    "penyelesaian tindak\npidana kelautan dan perikanan\nsecara akuntabel dan tepat waktu\nX = "
    "Jumlah penyelesaian tindak pidana\n(n)\npada tahun ke n\nX = Jumlah penyelesaian tindak "
    "pidana\n(n-1)\npada tahun ke n-1\nKasus pelanggaran perizinan, kasus penggunaan alat\n"
    "tangkap tidak ramah lingkungan, kasus pengeboman,\nkasus peracunan, dan kasus IUU fishing "
    "lainnya di\nJawa Barat"
)
# jabar-dkp-renstra-review-2017-2018-github#01: "Jawa" / "(n)" / "Barat pada tahun ke n" is
# the entry going on (a proper name), the remark after it a note
DKP_01 = (
    "Formulasi\n(X -X )\nA = (n) (n-1) x 100%\nX\n(n-1)\nKeterangan :\nA = Prosentase "
    "Peningkatan Produksi\nPerikanan\nX = Jumlah produksi perikanan Jawa\n(n)\nBarat pada tahun "
    "ke n\nX = Jumlah produksi perikanan Jawa\n(n-1)\nBarat pada tahun ke n-1\nJumlah produksi "
    "perikanan Jawa Barat merupakan\nresultante dari Jumlah Produksi Kabupaten/Kota se-\nJawa Barat"
)


def test_a_new_sentence_naming_the_subject_again_is_a_note() -> None:
    assert parse(DKP_03).variables == (
        "Jumlah sampel yang memenuhi tandar jaminan kesehatan ikan, mutu dan keamanan pangan",
        "Jumlah sampel yang diambil",
    )


def test_a_paragraph_after_the_last_entry_is_a_note() -> None:
    assert parse(DKP_08).variables == (
        "Jumlah penyelesaian tindak pidana pada tahun ke n-1",
        "Jumlah penyelesaian tindak pidana pada tahun ke n",
    )


def test_a_proper_name_going_on_over_the_line_stays_in_the_entry() -> None:
    assert parse(DKP_01).variables == (
        "Jumlah produksi perikanan Jawa Barat pada tahun ke n",
        "Jumlah produksi perikanan Jawa Barat pada tahun ke n-1",
    )


NOTES = [
    # the subject named again, other nouns and lengths
    ("Jumlah kegiatan yang dievaluasi", "Kegiatan (termasuk sub kegiatan) dicatat per triwulan"),
    ("Jumlah pasien rawat inap", "Pasien rujukan dari luar daerah tidak dihitung"),
    ("Total laporan masuk", "Laporan (lengkap maupun tidak) diterima melalui aplikasi"),
    # a paragraph of its own
    (
        "Jumlah dokumen perencanaan",
        "Data diambil dari hasil monitoring\nbidang perencanaan setiap akhir tahun anggaran",
    ),
    (
        "Jumlah rumah tangga miskin",
        "Pendataan dilaksanakan oleh petugas\nkecamatan bersama aparat desa dan kelurahan",
    ),
]


@pytest.mark.parametrize(("last", "note"), NOTES)
@pytest.mark.parametrize("introducer", ["Keterangan :", "Dimana:", "Ket."])
def test_notes_after_the_last_entry(last: str, note: str, introducer: str) -> None:
    text = f"A/B x 100%\n{introducer}\nA = Jumlah capaian layanan\nB = {last}\n{note}"
    assert parse(text).variables == ("Jumlah capaian layanan", last)


GOES_ON = [
    # a word that waits for more, whatever the case of the next line
    (
        "Jumlah desa yang",
        "Memiliki dokumen perencanaan",
        "Jumlah desa yang Memiliki dokumen perencanaan",
    ),
    ("jumlah seluruh", "Desa di Kecamatan Sidemen", "jumlah seluruh Desa di Kecamatan Sidemen"),
    (
        "Jumlah penduduk miskin di",
        "Kabupaten yang terdata",
        "Jumlah penduduk miskin di Kabupaten yang terdata",
    ),
    # a proper name going on: capitalised word, one line
    (
        "Jumlah sekolah di Kota",
        "Singkawang yang terakreditasi",
        "Jumlah sekolah di Kota Singkawang yang terakreditasi",
    ),
    # a short line in sentence case: no subject named again, no paragraph
    ("Jumlah pelaku usaha", "Mikro binaan dinas", "Jumlah pelaku usaha Mikro binaan dinas"),
]


@pytest.mark.parametrize(("first", "second", "name"), GOES_ON)
def test_an_entry_that_goes_on_is_not_a_note(first: str, second: str, name: str) -> None:
    text = f"A/B x 100%\nKeterangan:\nA = Jumlah capaian layanan\nB = {first}\n{second}"
    assert parse(text).variables == ("Jumlah capaian layanan", name)


# bps-dompu-dasar-hitung-pk-2022-github#07: a heading's colon doubled by the export
DOMPU_07 = (
    "Rumus : :\n\nP = x/y × 100%\nKeterangan\nP : Persentase OPD yang menyampaikan metadata "
    "statistik sektoral sesuai standar.\nx : Jumlah OPD yang menyampaikan metadata statistik "
    "sektoral sesuai standar.\ny : Jumlah OPD yang melakukan kegiatan statistik."
)


def test_a_doubled_colon_after_the_heading() -> None:
    assert parse(DOMPU_07).variables == (
        "Jumlah OPD yang menyampaikan metadata statistik sektoral sesuai standar",
        "Jumlah OPD yang melakukan kegiatan statistik",
    )


@pytest.mark.parametrize("heading", ["Rumus : :", "Formula::", "Rumus Perhitungan : :"])
@pytest.mark.parametrize("introducer", ["Keterangan", "Keterangan :", "Dimana :"])
def test_doubled_colons_other_headings(heading: str, introducer: str) -> None:
    text = (
        f"{heading}\n\nK = a/b x 100%\n{introducer}\na : Jumlah kader aktif\n"
        "b : Jumlah kader terdaftar"
    )
    assert parse(text).variables == ("Jumlah kader aktif", "Jumlah kader terdaftar")


# unib-ami-instrumen-prodi-github#10: the export cut the cell inside the last entry's bracket
UNIB_10 = (
    "NLP = 2 x (NA + NB + NC) + ND\n          NA = Jumlah luaran penelitian/PkM mahasiswa yang "
    "mendapat pengakuan HKI (Paten, Paten Sederhana)\n          NB = Jumlah luaran "
    "penelitian/PkM mahasiswa yang mendapat pengakuan HKI (Hak Cipta, Desain Produk Industri, "
    "Perlindungan Varie"
)


def test_an_entry_cut_inside_its_bracket_still_names_its_symbol() -> None:
    formula = parse(UNIB_10)
    assert formula.variables[1] == (
        "Jumlah luaran penelitian/PkM mahasiswa yang mendapat pengakuan HKI (Hak Cipta, Desain "
        "Produk Industri, Perlindungan Varie)"
    )
    assert formula.variables[2:] == ("NC", "ND")  # no entry: the cell ended before them
    assert parse(str(formula)) == formula


@pytest.mark.parametrize(
    "cut",
    ["Jumlah sekolah (SD, SMP", "Jumlah kegiatan (rapat koordinasi, bimtek, sosiali"],
)
def test_entries_cut_inside_a_bracket(cut: str) -> None:
    formula = parse(f"A/B x 100%\nKeterangan:\nA = Jumlah capaian layanan\nB = {cut}")
    assert formula.variables == ("Jumlah capaian layanan", cut + ")")
    assert parse(str(formula)) == formula


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        # a legend in brackets after the formula, spaced or not, closed by a period
        (
            "A/B x 100% (A = Jumlah RS Rujukan yang terakreditasi, B = Jumlah RS di Kab/Kota)",
            ("Jumlah RS Rujukan yang terakreditasi", "Jumlah RS di Kab/Kota"),
        ),
        (
            "A/B x 100% ( A = Jumlah desa mandiri, B = Jumlah seluruh desa )",
            ("Jumlah desa mandiri", "Jumlah seluruh desa"),
        ),
        (
            "A/B (A = jumlah rumah layak huni; B = jumlah rumah).",
            ("jumlah rumah layak huni", "jumlah rumah"),
        ),
        (
            "IKM = NP/NM x 100 (NP = Nilai persepsi (SKM), NM = Nilai maksimal)",
            ("Nilai persepsi (SKM)", "Nilai maksimal"),
        ),
        # a legend as a table's two columns (pdftotext -layout), names of one word too
        (
            "A/B x 100%\nKeterangan:\nA      Jumlah desa mandiri\nB      Jumlah seluruh desa",
            ("Jumlah desa mandiri", "Jumlah seluruh desa"),
        ),
        (
            "(A - (B - A))/A x 100%\nKeterangan:\nA      Rencana\nB      Realisasi",
            ("Rencana", "Realisasi"),
        ),
        ("R/T x 100%\nKet:\nR\tRealisasi\nT\tTarget", ("Realisasi", "Target")),
    ],
)
def test_legends_in_brackets_and_in_columns(text: str, variables: tuple[str, ...]) -> None:
    formula = parse(text)
    assert formula.variables == variables
    assert parse(str(formula)) == formula


def test_a_value_in_brackets_names_nothing() -> None:
    assert not any("25" in name for name in parse("A/B x 100% (A = 25)").variables)
