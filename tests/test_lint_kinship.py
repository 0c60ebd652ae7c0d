"""The names of a formula read against each other (lint ``W124``, ``W125``): each case is a real
cell that today's reader (or an earlier one) read WRONG, given to ``lint`` as that wrong reading
(its names where the cell writes them), and the same cell read right, on which the codes stay
silent. The rules look at the names of a reading, so the case builds the reading and does not
depend on what the reader makes of the cell."""

from __future__ import annotations

import pytest

from ikicalc import lint
from ikicalc.lang import ast
from ikicalc.lang.formula import Formula
from tests.test_lint_shapes import reading

NEW = {"W124", "W125"}

CASES = [
    # W124: the label's heading, flattened between a stacked fraction's lines, read into the
    # numerator (SPM kesehatan of a puskesmas in Banggai)
    (
        "Jumlah Komplikasi Kebidanan Yang Mendapat\n\n\nPenanganan Definitif di Satu Wilayah "
        "Kerja pada\nKurun Waktu Tertentu\nPersentase (%) Cakupan Komplikasi\nKebidanan Yang = "
        "Ditangani x 100%\nJumlah Ibu Dengan Komplikasi Kebidanan di Satu\nWilayah Kerja Pada "
        "Kurun Waktu Yang Sama",
        [
            "Jumlah Komplikasi Kebidanan Yang Mendapat Penanganan Definitif di Satu Wilayah Kerja "
            "pada Kurun Waktu Tertentu Persentase (%) Cakupan Komplikasi",
            "Jumlah Ibu Dengan Komplikasi Kebidanan di Satu Wilayah Kerja Pada Kurun Waktu Yang "
            "Sama",
        ],
        [
            "Jumlah Komplikasi Kebidanan Yang Mendapat Penanganan Definitif di Satu Wilayah Kerja "
            "pada Kurun Waktu Tertentu",
            "Jumlah Ibu Dengan Komplikasi Kebidanan di Satu Wilayah Kerja Pada Kurun Waktu Yang "
            "Sama",
        ],
        "W124",
    ),
    # W124: the label's first word before the denominator's counting word (an IKU of a Diskominfo
    # written as a stacked fraction with its label on the middle line)
    (
        "Persentase   Jumlah Perangkat Daerah Yang Memiliki Website-Aplikasi\n"
        "                    x 100%\nCapaian =\n            Jumlah Seluruh Perangkat Daerah",
        ["Jumlah Perangkat Daerah Yang Memiliki Website-Aplikasi", "Persentase Jumlah"],
        ["Jumlah Perangkat Daerah Yang Memiliki Website-Aplikasi", "Jumlah Seluruh Perangkat Daerah"],
        "W124",
    ),
    # W124: a slash glued to the head of the denominator (Renstra of a Dinas PUPR, wrapped by a
    # narrow column)
    (
        "Panjang jalan yang dibangun/panjang jalan\nkabupaten x 100%",
        ["Panjang jalan yang dibangun/panjang jalan", "kabupaten"],
        ["Panjang jalan yang dibangun", "panjang jalan kabupaten"],
        "W124",
    ),
    # W124: the head of a growth's first term read into the label (LKjIP of a Bapenda)
    (
        "Capaian Kinerja = Realisasi\nTahun n - Realisasi Tahun n-1\n/ Realisasi Tahun n-1 x 100%",
        ["Tahun n", "Realisasi Tahun n-1"],
        ["Realisasi Tahun n", "Realisasi Tahun n-1"],
        "W124",
    ),
]


@pytest.mark.parametrize(("text", "wrong", "right", "code"), CASES)
def test_a_wrong_reading_is_flagged_and_the_right_one_is_not(
    text: str, wrong: list[str], right: list[str], code: str
) -> None:
    flat = " ".join(text.split())
    if all(name in flat for name in wrong):
        assert code in {d.code for d in lint(reading(text, wrong))}
    else:  # a name the reader built from pieces: the span is the cell's
        built = _built(text, wrong)
        assert code in {d.code for d in lint(built)}
    assert not NEW & {d.code for d in lint(reading(text, right))}


def _built(text: str, names: list[str]) -> Formula:
    nodes: list[ast.Expr] = [ast.Variable(name, (0, len(text))) for name in names]
    expr = nodes[0]
    for node in nodes[1:]:
        expr = ast.Binary(ast.Op.DIV, expr, node, (0, len(text)))
    return Formula(expr, source=text)


def test_a_mean_read_as_a_word_of_the_one_name_is_said() -> None:
    """A formula that is one name opened by 'Rata-rata' and says over no rows ('Rata-rata nilai
    kepuasan mahasiswa') gives the mean as it stands; if it is to be computed, the reader is
    told (W125). Where the name says its rows (Kepmendikti 358/2025: 'Rata-rata Tingkat
    Pencapaian AEE seluruh program aktif') the mean over them is read (arith17, session 17: a
    guess, W110), and W125 is silent; so is a name that is no mean, and a mean inside
    arithmetic ('Rata-rata Lama Sekolah × 2')."""
    assert "W125" in {d.code for d in lint("Rata-rata nilai kepuasan mahasiswa")}
    over_rows = {d.code for d in lint("Rata-rata Tingkat Pencapaian AEE seluruh program aktif")}
    assert "W125" not in over_rows
    assert "W110" in over_rows
    assert "W125" not in {d.code for d in lint("Tingkat Pencapaian AEE seluruh program aktif")}
    assert "W125" not in {d.code for d in lint("Rata-rata Lama Sekolah x 2")}


@pytest.mark.parametrize(
    "cell",
    [
        # a heading inside a clause of the name is a word of it (Buku saku Dinkes Jateng)
        "Jumlah kab/kota yg telah mencapai prosentase pelayanan ibu bersalin dan nifas sesuai "
        "standar minimal 95% / Jumlah seluruh kab/kota x 100%",
        # '(%)' is a unit, two counts with a slash between words that open no quantity
        "Jumlah Keluhan (pelanggan) / Jumlah Pelanggan (%) x 100%",
        "Jumlah perijinan/pelayanan yang telah dipermudah / Jumlah perijinan/pelayanan yang "
        "terdata x 100%",
        # 'Total jumlah …' beside 'Jumlah …': the other name opens with a head of its own
        "Jumlah penumpang kereta api pada tahun n / Total jumlah penumpang kereta api pada tahun "
        "n x 100%",
    ],
)
def test_names_of_one_family_read_right_stay_quiet(cell: str) -> None:
    assert not NEW & {d.code for d in lint(cell)}


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        # UU 29/1964 (obligasi pembangunan): the sentence's preposition 'Atas' opens the name
        (
            "(2) Atas surat-surat obligasi yang telah terundi untuk dapat dilunaskan sebagaimana "
            "yang termaksud dalam ayat (1) dibayarkan harga nominal dikalikan dengan sejumlah "
            "presentase.",
            [
                "Atas surat-surat obligasi yang telah terundi untuk dapat dilunaskan sebagaimana "
                "yang termaksud dalam ayat (1) dibayarkan harga nominal",
                "sejumlah presentase",
            ],
            ["harga nominal", "sejumlah presentase"],
        ),
        # UU 9/1976 (narkotika): the article's heading 'Pasal 38' opens the name
        (
            "Pasal 38 Membujuk anak yang belum cukup umur untuk melakukan tindak pidana diancam "
            "dengan pidana sebagaimana tersebut dalam Pasal 36 ayat (1) ditambah dengan "
            "sepertiganya.",
            [
                "Pasal 38 Membujuk anak yang belum cukup umur untuk melakukan tindak pidana "
                "diancam dengan pidana sebagaimana tersebut dalam Pasal 36 ayat (1)",
                "sepertiganya",
            ],
            ["pidana sebagaimana tersebut dalam Pasal 36 ayat (1)", "sepertiganya"],
        ),
    ],
)
def test_a_regulation_sentence_opening_a_name_is_said(
    text: str, wrong: list[str], right: list[str]
) -> None:
    """A quantity's name never opens with a preposition ('Atas …') or an article's heading
    ('Pasal 38 …'): W121, on regulations of batch 25 read cold; the right names stay silent
    (a 'Pasal' inside a name, '… dalam Pasal 36 ayat (1)', is a word of it)."""
    assert "W121" in {d.code for d in lint(reading(text, wrong, ast.Op.MUL))}
    assert "W121" not in {d.code for d in lint(reading(text, right, ast.Op.MUL))}
