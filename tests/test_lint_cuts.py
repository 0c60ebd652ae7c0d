"""Where a reading cut the cell between its names (lint ``W126``, ``W127``): each case is a real
cell read WRONG by the reader of session 17, given to ``lint`` as that wrong reading (its names
where the cell writes them), and the same cell read right, on which the code stays silent. The
rules look at the spans of the names, so the case builds the reading and does not depend on what
today's reader makes of the cell."""

from __future__ import annotations

from decimal import Decimal

from ikicalc import lint, parse
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula


def reading(text: str, names: list[tuple[str, int]], op: ast.Op = ast.Op.DIV) -> Formula:
    """A reading of ``text`` whose variables are ``names``, each the ``nth`` place the cell
    writes it (counting from 0), joined by ``op``."""
    nodes: list[ast.Expr] = []
    for name, nth in names:
        at = -1
        for _ in range(nth + 1):
            at = text.find(name, at + 1)
        assert at >= 0, name
        nodes.append(ast.Variable(name, (at, at + len(name))))
    expr = nodes[0]
    for node in nodes[1:]:
        expr = ast.Binary(op, expr, node, (expr.span[0], node.span[1]))
    return Formula(expr, source=text)


def codes(formula: Formula) -> set[str]:
    return {d.code for d in lint(formula)}


# PP 32/1957 (batch 25, read cold and again wrong by session 17's reader): 'dibagi-bagikan' is
# one verb (to share out); the reader took 'dibagi' for a division
SHARED_OUT = (
    "(1) Jumlah kursi-kursi Dewan Pemerintah Daerah yang diperoleh masing-masing daftar calon "
    "dibagi-bagikan kepada calon dalam daftar tersebut, yang mendapat sekurang-kurangnya "
    "sejumlah suara yang sama dengan jumlah semua suara yang diberikan pada pemilihan itu, "
    "dibagi dengan jumlah kursi Dewan Pemerintah Daerah ditambah 1 (satu), yang kemudian "
    "dinaikkan hingga bilangan bulat yang berikut."
)


def test_an_operator_read_inside_a_hyphenated_word_is_said() -> None:
    wrong = reading(
        SHARED_OUT,
        [
            ("Jumlah kursi-kursi Dewan Pemerintah Daerah yang diperoleh masing-masing daftar calon", 0),
            ("bagikan kepada calon dalam daftar tersebut, yang mendapat sekurang-kurangnya", 0),
            ("jumlah kursi Dewan Pemerintah Daerah", 0),
        ],
    )
    [found] = [d for d in lint(wrong) if d.code == "W126"]
    assert "dibagi-bagikan" in found.message
    assert SHARED_OUT[found.span[0] : found.span[1]].startswith("bagikan kepada")
    right = reading(
        SHARED_OUT,
        [("jumlah semua suara yang diberikan pada pemilihan itu", 0), ("jumlah kursi Dewan Pemerintah Daerah", 0)],
    )
    assert "W126" not in codes(right)


def test_a_range_read_as_a_subtraction_is_said() -> None:
    # a stacked fraction rendered from a puskesmas IKU: the denominator 'jumlah penduduk 0−18'
    # read as 'jumlah penduduk 0' less 18
    text = "jumlah penduduk 0−18 tahun berakte kelahiran / jumlah penduduk 0−18"
    wrong = Formula(
        ast.Binary(
            ast.Op.SUB,
            ast.Binary(
                ast.Op.DIV,
                ast.Variable("jumlah penduduk 0−18 tahun berakte kelahiran", (0, 44)),
                ast.Variable("jumlah penduduk 0", (47, 64)),
            ),
            ast.Number(Decimal(18)),
        ),
        source=text,
    )
    [found] = [d for d in lint(wrong) if d.code == "W126"]
    assert "0−18" in found.message
    right = reading(text, [("jumlah penduduk 0−18 tahun berakte kelahiran", 0), ("jumlah penduduk 0−18", 1)])
    assert "W126" not in codes(right)


def test_hyphens_between_names_and_inside_names_stay_quiet() -> None:
    for text in (
        "Realisasi-Rencana / Rencana x 100%",  # a minus between two names (W110 says it)
        "Jumlah penduduk usia 15-64 tahun yang bekerja / Jumlah penduduk usia 15-64 tahun x 100%",
        "Jumlah kursi-kursi yang terisi / Jumlah kursi-kursi x 100%",
        "(Realisasi Tahun n - Realisasi Tahun n-1) / Realisasi Tahun n-1 x 100%",
    ):
        assert "W126" not in codes(parse(text)), text


# PUPR's Rencana Kinerja (cold19, still read wrong): two capaian added, the first holding 'dan'
SUM_OF_TWO = (
    "Sasaran strategis ini merupakan penjumlahan capaian subbidang cipta karya penurunan luasan "
    "permukiman kumuh perkotaan dan peningkatan cakupan pelayanan akses sanitasi dan subbidang "
    "perumahan rakyat pemenuhan perumahan yang layak huni bagi rumah tangga berpenghasilan rendah."
)


def test_terms_parted_at_each_of_two_dan_are_said() -> None:
    first = "capaian subbidang cipta karya penurunan luasan permukiman kumuh perkotaan"
    second = "peningkatan cakupan pelayanan akses sanitasi"
    third = "subbidang perumahan rakyat pemenuhan perumahan yang layak huni bagi rumah tangga berpenghasilan rendah"
    wrong = reading(SUM_OF_TWO, [(first, 0), (second, 0), (third, 0)], ast.Op.ADD)
    [found] = [d for d in lint(wrong) if d.code == "W127"]
    assert SUM_OF_TWO[found.span[0] : found.span[1]].startswith("capaian subbidang")
    right = reading(SUM_OF_TWO, [(first + " dan " + second, 0), (third, 0)], ast.Op.ADD)
    assert "W127" not in codes(right)


def test_lists_that_say_their_terms_stay_quiet() -> None:
    for text in (
        "penjumlahan Belanja Pegawai, Belanja Barang dan Belanja Modal",
        "jumlah penerimaan pajak dan retribusi / jumlah pendapatan x 100%",
        "Nilai A dan Nilai B",
    ):
        assert "W127" not in codes(parse(text)), text


# OJK's POJK 6/2014 rendered as a stacked fraction whose bar was lost (rendered_layouts)
STACKED_NO_BAR = (
    "Tingkat =\ntotal nilai Penjaminan atau Penjaminan Ulang yang ditanggung sendiri\n"
    "ekuitas Lembaga Penjaminan pada waktu tertentu"
)


def test_one_name_over_lines_under_a_ratio_label_is_said() -> None:
    numerator = "total nilai Penjaminan atau Penjaminan Ulang yang ditanggung sendiri"
    denominator = "ekuitas Lembaga Penjaminan pada waktu tertentu"
    at = STACKED_NO_BAR.find(numerator)
    one = Formula(
        ast.Variable(f"{numerator} {denominator}", (at, len(STACKED_NO_BAR))),
        source=STACKED_NO_BAR,
        label="Tingkat",
    )
    [found] = [d for d in lint(one) if d.code == "W128"]
    assert "'Tingkat'" in found.message
    assert "W128" not in codes(reading(STACKED_NO_BAR, [(numerator, 0), (denominator, 0)]))
    # a label that names no ratio, a ratio's label over one name on one line: quiet
    for text in (
        "Jumlah Koperasi Dinilai =\nJumlah Koperasi yang memiliki hasil\npenilaian kesehatan",
        "Tingkat kepuasan = Nilai IKM hasil survei",
    ):
        assert "W128" not in codes(parse(text)), text


def test_a_label_before_a_dash_read_as_a_quantity_is_said() -> None:
    # an IKU rendered by an equation editor: 'IKU — A / B x 100 %', the label before an em dash
    text = "IKU — Luas hutan rakyat yang tepat\nwaktu / Luas hutan rakyat yang\ndirencanakan x 100 %"
    found = [d for d in lint(parse(text)) if d.code == "W116" and "'IKU'" in d.message]
    assert len(found) == 1
    assert found[0].span == (0, 3)
    for quiet in (
        "IKU = Luas hutan rakyat yang tepat waktu / Luas hutan rakyat x 100 %",
        "A — B / Jumlah penduduk x 100%\nA = jumlah kelahiran\nB = jumlah kematian",
        "Nilai ekspor tahun berjalan — Nilai ekspor tahun sebelumnya",
    ):
        assert not [d for d in lint(parse(quiet)) if d.code == "W116"], quiet


# PP 7/2000 (batch 25, read cold and again wrong by session 17's reader): '2 (dua) kali' reaches
# 'penghasilan bulan terakhir' only; 'dan hak lainnya sesuai dengan ketentuan' is another claim
SEVERANCE = (
    "(1) Apabila terjadi pemutusan hubungan kerja oleh pengusaha angkutan di perairan karena "
    "kapal musnah atau tenggelam, pengusaha angkutan di perairan wajib membayar pesangon kepada "
    "awak kapal yang bersangkutan sebesar 2 (dua) kali penghasilan bulan terakhir dan hak "
    "lainnya sesuai dengan ketentuan yang berlaku."
)


def _times(name: str) -> Formula:
    two = SEVERANCE.find("2 (dua)")
    at = SEVERANCE.find(name)
    return Formula(
        ast.Binary(
            ast.Op.MUL,
            ast.Number(Decimal(2), (two, two + 1)),
            ast.Variable(name, (at, at + len(name))),
            (two, at + len(name)),
        ),
        source=SEVERANCE,
    )


def test_a_multiple_said_before_a_name_holding_dan_is_said() -> None:
    [found] = [d for d in lint(_times("penghasilan bulan terakhir dan hak lainnya")) if d.code == "W129"]
    assert "'dan'" in found.message
    assert "W129" not in codes(_times("penghasilan bulan terakhir"))
    for text in ("2 x gaji pokok dan tunjangan", "6 (enam) kali penghasilan sebulan"):
        assert "W129" not in codes(parse(text)), text
