"""The shape of a doubtful reading (lint ``W121``, ``W122``, ``W123`` and the frame of a sentence in
``W115``): each case is a real cell that an earlier reader read WRONG (the cold failures of
batches 15–21), given to ``lint`` as that wrong reading (its names where the cell writes them),
and the same cell read right, on which the new codes stay silent. The rules look at the names
of a reading, so the case builds the reading and does not depend on what today's reader makes
of the cell."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ikicalc import lint, parse
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula

NEW = {"W121", "W122", "W123"}


def reading(text: str, names: list[str], op: ast.Op = ast.Op.DIV) -> Formula:
    """A reading of ``text`` whose variables are ``names`` (each where the cell writes it, white
    space aside) joined by ``op``."""
    flat = " ".join(text.split())
    nodes: list[ast.Expr] = []
    for name in names:
        at = flat.find(name)
        assert at >= 0, name
        start = _offset(text, at)
        end = _offset(text, at + len(name))
        nodes.append(ast.Variable(name, (start, end)))
    expr = nodes[0]
    for node in nodes[1:]:
        expr = ast.Binary(op, expr, node, (expr.span[0], node.span[1]))
    return Formula(expr, source=text)


def _offset(text: str, flat_at: int) -> int:
    """The offset in ``text`` of the character at ``flat_at`` of its flattened form."""
    count = 0
    previous_blank = False
    for at, char in enumerate(text.lstrip()):
        blank = char.isspace()
        if blank and previous_blank:
            continue
        if count == flat_at:
            return at + len(text) - len(text.lstrip())
        count += 1
        previous_blank = blank
    return len(text)


CASES = [
    # W121: a conjunction of a condition opens the name (Perbup Kulon Progo 53/2018)
    (
        "Bila Produk Domestik Regional Bruto (PDRB) dibagi dengan jumlah penduduk pertengahan "
        "tahun yang tinggal di suatu wilayah, akan diperoleh angka PDRB per kapita.",
        ["Bila Produk Domestik Regional Bruto (PDRB)", "jumlah penduduk pertengahan tahun"],
        ["Produk Domestik Regional Bruto (PDRB)", "jumlah penduduk pertengahan tahun"],
        "W121",
    ),
    # W121: a purpose opens the name (PP 42/1985)
    (
        "(4) Untuk Wajib Pajak orang pribadi atau perseorangan jumlah penghasilan netto "
        "dikurangi terlebih dahulu dengan penghasilan tidak kena pajak.",
        ["Untuk Wajib Pajak orang pribadi atau perseorangan jumlah penghasilan netto"],
        ["jumlah penghasilan netto"],
        "W121",
    ),
    # W121: a name ends with 'yang' (Perka LAPAN 6/2013) or a condition (PP 2/1976)
    (
        "setiap nilai urgensi pada setiap faktor dibagi dengan jumlah nilai urgensi faktor "
        "internal atau eksternal yang dikalikan 100%;",
        ["setiap nilai urgensi pada setiap faktor", "jumlah nilai urgensi faktor internal atau eksternal yang"],
        ["setiap nilai urgensi pada setiap faktor", "jumlah nilai urgensi faktor internal atau eksternal"],
        "W121",
    ),
    (
        "jumlah penduduknya apabila dikurangi 400.000 (empat ratus ribu)",
        ["jumlah penduduknya apabila"],
        ["jumlah penduduknya"],
        "W121",
    ),
    # W121: a subordinating conjunction of any class opens the name (a time, a supposition, a
    # concession before the formula: benchmarks/lint_clauses.py, dev cells of the PDAM's ratios)
    (
        "Sekiranya data jumlah penduduk terlayani tidak lengkap, Aktiva Produktif / Penjualan Air",
        ["Sekiranya data jumlah penduduk terlayani tidak lengkap, Aktiva Produktif", "Penjualan Air"],
        ["Aktiva Produktif", "Penjualan Air"],
        "W121",
    ),
    (
        "Setelah data jumlah penduduk ditetapkan oleh kepala daerah, Jml siswa usia 13-15 thn "
        "dibagi jml penduduk kelompok usia 13-15 thn",
        ["Setelah data jumlah penduduk ditetapkan oleh kepala daerah, Jml siswa usia 13-15 thn", "jml penduduk kelompok usia 13-15 thn"],
        ["Jml siswa usia 13-15 thn", "jml penduduk kelompok usia 13-15 thn"],
        "W121",
    ),
    # W121: a clause with its own subject after the last name, with or without a comma
    (
        "Rekening Tertagih / Penjualan Air sedangkan data jumlah pelanggan belum tersedia.",
        ["Rekening Tertagih", "Penjualan Air sedangkan data jumlah pelanggan belum tersedia"],
        ["Rekening Tertagih", "Penjualan Air"],
        "W121",
    ),
    (
        "jumlah anak yang bersekolah di tingkat SD/MI terhadap jumlah penduduk usia 7-12 tahun, "
        "apabila data jumlah desa dilaporkan setiap triwulan.",
        ["jumlah anak yang bersekolah di tingkat SD/MI", "jumlah penduduk usia 7-12 tahun, apabila data jumlah desa dilaporkan setiap triwulan"],
        ["jumlah anak yang bersekolah di tingkat SD/MI", "jumlah penduduk usia 7-12 tahun"],
        "W121",
    ),
    # W121: a conjunction of time or cause, then a subject with a predicate of its own
    (
        "T = 2,5% x Total Nilai Kontrak sejak data indeks sosial telah diverifikasi.",
        ["Total Nilai Kontrak sejak data indeks sosial telah diverifikasi"],
        ["Total Nilai Kontrak"],
        "W121",
    ),
    (
        "Kebutuhan Fiskal – Kapasitas Fiskal, sebab data angka kecukupan gizi belum tersedia.",
        ["Kebutuhan Fiskal", "Kapasitas Fiskal, sebab data angka kecukupan gizi belum tersedia"],
        ["Kebutuhan Fiskal", "Kapasitas Fiskal"],
        "W121",
    ),
    # W122: an operator word inside a name (Perbup Kulon Progo 97/2018, Perda Purwakarta 3/2013)
    (
        "iv. Kualitas macet, sebesar 100% (seratus persen) dari piutang dengan kualitas macet "
        "setelah dikurangi dengan nilai agunan atau nilai barang sitaan (jika ada).",
        ["piutang dengan kualitas macet setelah dikurangi dengan nilai agunan atau nilai barang sitaan"],
        ["piutang dengan kualitas macet", "nilai agunan atau nilai barang sitaan"],
        "W122",
    ),
    # W122: an amount inside a name (Perda Kulon Progo 2/2009, Perka LAPAN 2/2014)
    (
        "(2) Besarnya gaji Direksi paling banyak 2,5 (dua koma lima) kali penghasilan paling "
        "tinggi pegawai PDAM.",
        ["Besarnya gaji Direksi paling banyak 2,5 (dua koma lima) kali penghasilan paling tinggi pegawai PDAM"],
        ["penghasilan paling tinggi pegawai PDAM"],
        "W122",
    ),
    (
        "nilai perolehan dikurangi dengan akumulasi penyusutan sebesar Rp30.000.000,00",
        ["nilai perolehan", "akumulasi penyusutan sebesar Rp30.000.000,00"],
        ["nilai perolehan", "akumulasi penyusutan"],
        "W122",
    ),
    # W115: a verb of computing and its method inside a name (Perda Kulon Progo 2/2009)
    (
        "Besarnya uang jasa pengabdian didasarkan atas perhitungan lamanya bertugas dibagi "
        "masa jabatan",
        ["Besarnya uang jasa pengabdian didasarkan atas perhitungan lamanya bertugas", "masa jabatan"],
        ["lamanya bertugas", "masa jabatan"],
        "W115",
    ),
    # W115: a copula inside a name (RKPD Aceh Tamiang 2017)
    (
        "AKB adalah jumlah bayi yang meninggal sebelum mencapai usia 1 tahun per 1.000 "
        "kelahiran hidup pada tahun yang sama.",
        ["AKB adalah jumlah bayi yang meninggal sebelum mencapai usia 1 tahun", "kelahiran hidup pada tahun yang sama"],
        ["jumlah bayi yang meninggal sebelum mencapai usia 1 tahun", "kelahiran hidup pada tahun yang sama"],
        "W115",
    ),
    # W115: a clause of the sentence after a comma inside a name (PermenPAN-RB 14/2017)
    (
        "Selanjutnya, untuk mendapatkan nilai rata-rata per unsur pelayanan, maka jumlah nilai "
        "masing-masing unsur pelayanan dibagi dengan jumlah responden",
        ["untuk mendapatkan nilai rata-rata per unsur pelayanan, maka jumlah nilai masing-masing unsur pelayanan", "jumlah responden"],
        ["jumlah nilai masing-masing unsur pelayanan", "jumlah responden"],
        "W115",
    ),
]


@pytest.mark.parametrize(("text", "wrong", "right", "code"), CASES)
def test_a_wrong_reading_has_its_shape_and_the_right_one_none(
    text: str, wrong: list[str], right: list[str], code: str
) -> None:
    found = [d for d in lint(reading(text, wrong)) if d.code == code]
    assert found, f"{code} not found for {wrong}"
    assert found[0].span[0] < found[0].span[1]
    assert str(found[0]).count("\n") >= 1  # the caret excerpt under the message
    clean = {d.code for d in lint(reading(text, right))}
    assert not clean & (NEW - {"W123"} | {"W115"}), clean  # the built reading has no scale


def test_names_a_sentence_holds_inside_a_quantity_stay_quiet() -> None:
    # a relative clause with a verb of computing, a modal, a copula of a list, 'setelah'
    # before no operator: names of quantities, read right
    for name in (
        "Jumlah Perda yg ditetapkan melalui uji publik",
        "jumlah balita diukur panjang atau tinggi badan",
        "satuan biaya yang merupakan lingkup urusan pemerintahan",
        "Belanja Wajib",
        "jumlah penduduk kelompok usia yang berkaitan dengan jenjang pendidikan tersebut",
        "Jumlah bayi baru lahir usia 0-28 hari yang mendapatkan pelayanan kesehatan bayi baru lahir",
        "Jumlah PMKS dalam 1 (satu) tahun yang seharusnya memperoleh bantuan sosial",
        # a conjunction of time or cause qualifies the noun; a condition before a verb is the
        # quantity's own reduced clause (dev cells of Temanggung, Semarang, Kebumen)
        "Jumlah hewan yang mati karena penyakit",
        "harga sampah jenis i apabila didaur ulang",
        "Jml Seluruh Bayi selama kurun waktu yang sama",
        "jumlah kematian ibu bukan karena sebab kecelakaan atau insiden luar",
        "penerimaan kas selama periode berjalan",
        "jumlah kematian ibu karena kehamilan pada kurun waktu tertentu",
        "Jumlah korban bencana yang seharusnya menerima bantuan sosial selama masa tanggap darurat",
        # the window of time a quantity is counted in, from an event with its own subject (a
        # hospital's clinical indicators, batch 28)
        "Jumlah asesmen awal yang terisi lengkap dalam 24 jam pertama setelah pasien dinyatakan "
        "rawat",
        "Jumlah pasien yang diperiksa dalam 2 jam sejak pasien tiba di IGD",
    ):
        text = f"{name} / Jumlah seluruh penduduk x 100%"
        codes = {d.code for d in lint(text)}
        assert not codes & (NEW | {"W115"}), (name, codes)


def test_a_scale_the_reading_lost_is_said() -> None:
    text = "A +B           A   Jumlah lapangan\n     X 100 %       sepak bola\n C"
    lost = Formula(
        ast.Binary(ast.Op.ADD, ast.Variable("A", (0, 1)), ast.Variable("B C", (3, 4))),
        source=text,
    )
    [found] = [d for d in lint(lost) if d.code == "W123"]
    assert text[found.span[0] : found.span[1]].startswith("X 100")
    kept = Formula(
        ast.Binary(
            ast.Op.MUL,
            ast.Binary(ast.Op.DIV, ast.Variable("A", (0, 1)), ast.Variable("C", (3, 4))),
            ast.Percent(Decimal(100)),
        ),
        source=text,
    )
    assert "W123" not in {d.code for d in lint(kept)}
    for scaled in ("A / B x 100.000", "A / B x 100 ribu penduduk", "A / B x 100%"):
        assert "W123" not in {d.code for d in lint(parse(scaled))}, scaled


def test_a_ratio_s_join_read_into_a_name_is_w122() -> None:
    """RSUP Soeradji's indicator workbook (batch 27): 'Merupakan perbandingan A /Kementerian
    Kesehatan / organisasi profesi … dengan jumlah seluruh tenaga medis …': the slashes of a
    list of alternatives read as divisions, the ratio's 'dengan jumlah …' left inside the last
    name. Session 25's lint said nothing."""
    text = (
        "Merupakan perbandingan jumlah tenaga medis yang ditetapkan oleh Sub Komite Kredensial "
        "/Kementerian Kesehatan / organisasi profesi dengan jumlah seluruh tenaga medis"
    )
    found = [d for d in lint(text) if d.code == "W122"]
    assert found
    assert "dengan jumlah" in found[0].message
    # a name that is itself a ratio ("rasio A terhadap total B") holds its own join
    quiet = "rasio jumlah penduduk desa terhadap total penduduk desa x bobot desa"
    assert "W122" not in {d.code for d in lint(quiet)}
