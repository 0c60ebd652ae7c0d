"""Stacked fractions joined onto one line with nothing where their bar stood (issue 14, cause
4; ``ikicalc/lang/lost_lines.py``): real dev cells with their line breaks lost, as web pages
and text extraction give them, the same layouts with other names and lengths, and the cells
the rule must leave alone. Each reading is a guess (``W110``), never a silent one."""

from __future__ import annotations

import pytest

from ikicalc.lang.parser import parse
from tests.readings import guessed as _read


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (  # pa-prabumulih-reviu-iku-123dok#01 (123dok.com/article/indikator-kinerja-utama-…),
            # its three lines joined: numerator, "100%", denominator
            "Jumlah sisa perkara perdata agama yang diselesaikan 100% Jumlah sisa perkara "
            "perdata agama yang harus diselesaikan",
            "Jumlah sisa perkara perdata agama yang diselesaikan / Jumlah sisa perkara perdata "
            "agama yang harus diselesaikan × 100%",
        ),
        (  # the same layout, other names, a rate
            "Jumlah bayi lahir mati 1000 % Jumlah kelahiran",
            "Jumlah bayi lahir mati / Jumlah kelahiran × 1000%",
        ),
        (  # profil-kesehatan-do-518892617#01 (id.scribd.com/document/518892617): '100%' stood
            # between two lines of the denominator
            "Jumlah usila memperoleh yankes di fasyankes pada wilayah dan kurun waktu tertentu "
            "Jumlah seluruh usila di 100% wilayah dan kurun waktu yang sama",
            "Jumlah usila memperoleh yankes di fasyankes pada wilayah dan kurun waktu tertentu / "
            "Jumlah seluruh usila di wilayah dan kurun waktu yang sama × 100%",
        ),
        (
            "Total desa tertib administrasi Total desa di 100% kecamatan",
            "Total desa tertib administrasi / Total desa di kecamatan × 100%",
        ),
    ],
)
def test_a_scale_alone_between_two_quantities(text: str, reading: str) -> None:
    assert _read(text) == reading


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (  # kmk-2015-2023-juknis-ilp-ilpdocs#01 (github.com/mlengse/ilp-docs, ref/kmk.md), joined
            "IMT =Berat Badan (kg) Tinggi Badan (m) x Tinggi Badan (m)",
            "IMT = Berat Badan (kg) / (Tinggi Badan (m) × Tinggi Badan (m))",
        ),
        (  # the same layout: a yield, a density
            "Produktivitas = Produksi (ton) Luas Panen (Ha)",
            "Produktivitas = Produksi (ton) / Luas Panen (Ha)",
        ),
        ("Jumlah Penduduk (jiwa) Luas Wilayah (km2)", "Jumlah Penduduk (jiwa) / Luas Wilayah (km2)"),
    ],
)
def test_a_unit_in_brackets_ends_the_numerator(text: str, reading: str) -> None:
    assert _read(text) == reading


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (  # perbpkp-4-2025-rusun-negara-pdf#06 (github.com/fiskuspintar/peraturan-perpajakan)
            "Struktur Tarif Atas = Biaya Operasional + Biaya Pemeliharaan Jumlah Unit Sarusun",
            "Struktur Tarif Atas = (Biaya Operasional + Biaya Pemeliharaan) / Jumlah Unit Sarusun",
        ),
        (
            "Belanja pegawai - Belanja hibah daerah Total Belanja Daerah",
            "(Belanja pegawai - Belanja hibah daerah) / Total Belanja Daerah",
        ),
    ],
)
def test_a_counting_word_inside_the_last_name_of_a_sum(text: str, reading: str) -> None:
    assert _read(text) == reading


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (  # kulonprogo-perbup-56-2011-spm-ketahanan-pangan-github#07 (teknologi10/jdih-upgrade,
            # BD PB-56-2011.pdf), joined: no implicit product of a percentage
            "(n gizi kurang < -2 SD) x 100 % (n balita yang dikumpulkan PSG)",
            "n gizi kurang < -2 SD / n balita yang dikumpulkan PSG × 100%",
        ),
        (
            "(Jumlah balita gizi buruk) x 100% (Jumlah balita ditimbang)",
            "Jumlah balita gizi buruk / Jumlah balita ditimbang × 100%",
        ),
    ],
)
def test_a_scale_between_two_bracketed_phrases(text: str, reading: str) -> None:
    assert _read(text) == reading


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (  # profil-kesehatan-do-2019-426334021#01 (id.scribd.com/document/426334021), joined:
            # the label's words around '=' and the fraction
            "Rata-rata Jiwa/ Jumlah penduduk di suatu wilayah pada kurun waktu tertentu = "
            "RumahTangga Jumlahrumahtangga di wilayah dan pada kurunwaktu yang sama",
            "Jumlah penduduk di suatu wilayah pada kurun waktu tertentu / Jumlahrumahtangga di "
            "wilayah dan pada kurunwaktu yang sama",
        ),
        (  # profil-kesehatan-do-2019-426334021#02, joined: the label glued, no '='
            "KepadatanPenduduk/km2 Jumlah penduduk di suatu wila yah pada kurun wakt u tertentu "
            "Luas wilayah (km 2 )pada kurun wakt u yang sama",
            "Jumlah penduduk di suatu wila yah pada kurun wakt u tertentu / Luas wilayah (km 2 "
            ")pada kurun wakt u yang sama",
        ),
        (
            "Rata-rata Anggota/ Jumlah anggota koperasi aktif = Koperasi Jumlah koperasi aktif",
            "Jumlah anggota koperasi aktif / Jumlah koperasi aktif",
        ),
    ],
)
def test_two_quantities_after_the_label_words(text: str, reading: str) -> None:
    assert _read(text) == reading


def test_a_word_hyphenated_at_a_lost_line_end_is_one_word() -> None:
    # kulonprogo-perbup-10-2011-spm-sosial-github#02 (teknologi10/lkpjku-fix, BD PB-10-2011.pdf)
    text = (
        "Jumlah PMKS yang memperoleh bantuan sosial dalam 1 tahun. ______________ x 100 % "
        "Jumlah PMKS dalam 1 (satu) tahun yang seha- rusnya memperoleh ban- tuan sosial"
    )
    assert parse(text).variables == (
        "Jumlah PMKS yang memperoleh bantuan sosial dalam 1 tahun",
        "Jumlah PMKS dalam 1 (satu) tahun yang seharusnya memperoleh bantuan sosial",
    )
    # a subtraction is spaced on both sides, or on neither
    assert parse("Realisasi pendapatan - target pendapatan").variables == (
        "Realisasi pendapatan",
        "target pendapatan",
    )


def test_a_period_before_an_inline_bar_ends_the_numerator() -> None:
    # kulonprogo-perbup-10-2011-spm-sosial-github#03, joined: "1 (satu)" is no implicit
    # product, so the 'atau' inside the name opens no second way of writing the formula
    text = (
        "Jumlah PMKS dalam 1 (satu) tahun yang menjadi peserta program pember- dayaan "
        "masyarakat mela- lui KUBE atau kelompok sosial ekonomi sejenis. ______________ x 100 "
        "% Jumlah PMKS dalam 1 (satu) tahun yang seha- rusnya menjadi peserta"
    )
    assert parse(text).variables == (
        "Jumlah PMKS dalam 1 (satu) tahun yang menjadi peserta program pemberdayaan masyarakat "
        "melalui KUBE atau kelompok sosial ekonomi sejenis",
        "Jumlah PMKS dalam 1 (satu) tahun yang seharusnya menjadi peserta",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Rasio Jumlah Dokter per penduduk",
        "Persentase Jumlah penduduk miskin",
        "Nilai SKM (Survey) Kepuasan",
        "Jumlah PNS yang hadir x 100% Jumlah PNS",  # a flattened fraction the grammar reads
        "Jumlah kematian ibu mencapai 80% UCI",  # a percent inside a name
        "Biaya Operasional + Biaya Pemeliharaan",
        "Luas Panen (Ha) x Produktivitas (ton/Ha)",  # the product is written
    ],
)
def test_cells_that_show_no_lost_line_are_left_alone(text: str) -> None:
    formula = parse(text)
    assert not formula.guesses, formula.guesses
    assert parse(str(formula)) == formula


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (  # kulonprogo-perbup-74-2018-tpp-kriteria-kinerja-github#02, its line breaks lost
            "Gap Anggaran Kas = Rencana Anggaran Kas x 100% - Realisasi Anggaran kas x 100% "
            "APBD APBD",
            "Gap Anggaran Kas = Rencana Anggaran Kas / APBD × 100% - Realisasi Anggaran kas / "
            "APBD × 100%",
        ),
        (  # the same, two denominators apart by a column's gap
            "Selisih = Realisasi PAD x 100% - Realisasi Belanja x 100% Target PAD    Target "
            "Belanja",
            "Selisih = Realisasi PAD / Target PAD × 100% - Realisasi Belanja / Target Belanja "
            "× 100%",
        ),
    ],
)
def test_two_fractions_side_by_side_joined(text: str, reading: str) -> None:
    assert _read(text) == reading


def test_no_lost_bar_inside_a_bracket() -> None:
    """Two lines with no operator at the break are a fraction whose bar was lost, unless the
    break stands inside a bracket: '… + [Evaluasi' / 'Kinerja] + …' is one name wrapped
    (LKj 2023 of Dit. KSPSTK, the components of the Nilai SAKIP)."""
    text = (
        "Nilai SAKIP = [Perencanaan Kinerja] + [Pengukuran kinerja] + [Pelaporan Kinerja] + "
        "[Evaluasi\nKinerja] + [Capaian Kinerja]"
    )
    assert str(parse(text)) == (
        "Nilai SAKIP = Perencanaan Kinerja + Pengukuran kinerja + Pelaporan Kinerja + "
        "Evaluasi Kinerja + Capaian Kinerja"
    )
