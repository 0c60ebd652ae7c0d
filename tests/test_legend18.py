"""Legends and stacks of session 18 (legend18; issue 14, causes 4 and 6): a stack's name
line ending in a slash spaced from its word (``Jumlah desa /`` over ``kelurahan UCI`` over a
bar, kulonprogo-perbup-15-2011#03), a legend line ending with a period typed twice
(``… industri..``, banpt-iapt-3#05). Each family: the dev cell and other layouts."""

from __future__ import annotations

import pytest

from ikicalc.lang.parser import parse


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (  # kulonprogo-perbup-15-2011-spm-kesehatan-github#03
            "Jumlah desa /\nkelurahan UCI\n_________)__x 100%\nSeluruh desa/kelurahan",
            ("Jumlah desa/ kelurahan UCI", "Seluruh desa/kelurahan"),
        ),
        (  # the same under the bar, and over a dashed bar
            "Jumlah puskesmas /\nrumah sakit yang melapor\n------------- x 100%\n"
            "Jumlah puskesmas /\nrumah sakit",
            ("Jumlah puskesmas/ rumah sakit yang melapor", "Jumlah puskesmas/ rumah sakit"),
        ),
    ],
)
def test_slash_spaced_at_a_stack_lines_end_joins_the_name(
    text: str, variables: tuple[str, ...]
) -> None:
    assert parse(text).variables == variables


def test_slash_at_a_lines_end_without_a_bar_still_divides() -> None:
    assert parse("Realisasi /\ntarget x 100%").variables == ("Realisasi", "target")


@pytest.mark.parametrize(
    "text",
    [
        "<ul>\nPDS = (NDS / NDT) x 100%\n<li>NDS = Jumlah dosen tetap bersertifikasi, "
        "dan/atau industri..</li>\n<li>NDT = Jumlah dosen tetap.</li>\n</ul>",
        "PDS = (NDS / NDT) x 100%\nNDS : Jumlah dosen tetap bersertifikasi, dan/atau "
        "industri..\nNDT : Jumlah dosen tetap.",
    ],
)
def test_a_period_typed_twice_ends_a_legend_name(text: str) -> None:
    assert parse(text).variables == (
        "Jumlah dosen tetap bersertifikasi, dan/atau industri",
        "Jumlah dosen tetap",
    )


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (  # jatim-dishub-iku-2014-2019-github#02
            "Δ 𝐿𝑎𝑘𝑎 𝐴𝑛𝑘 𝑈𝑚𝑢𝑚 𝑡ℎ𝑛 (𝑛−1)−𝑛\n𝑓(𝑥) = 𝑥 100%\nΣ 𝐿𝑎𝑘𝑎 𝐴𝑛𝑘 𝑈𝑚𝑢𝑚 𝑡ℎ𝑛 (𝑛−1)\nDengan :\n"
            "f(x) : Persentase penurunan kejadian kecelakaan yang melibatkan\nangkutan umum.\n"
            "∆ laka ank umum thn (n-1)-n :\nSelisih jumlah kendaraan angkutan umum terlibat "
            "kecelakaan\nlalu lintas pada tahun (n-1) - n\n∑ laka ank umum thn (n-1) :\nTotal "
            "jumlah kendaraan angkutan umum yang terlibat\nkecelakaan lalu lintas pada tahun (n-1)",
            "Selisih jumlah kendaraan angkutan umum terlibat kecelakaan lalu lintas pada tahun "
            "(n-1) - n",
        ),
        (  # the same layout, other words, the times 't'
            "Δ Ekspor Daerah th (t−1)−t\nf(x) = x 100%\nΣ Ekspor Daerah th (t−1)\nDengan :\n"
            "f(x) : Persentase pertumbuhan ekspor\n∆ ekspor daerah th (t-1)-t :\nSelisih nilai "
            "ekspor daerah pada tahun (t-1) - t\n∑ ekspor daerah th (t-1) :\nTotal nilai ekspor "
            "daerah pada tahun (t-1)",
            "Selisih nilai ekspor daerah pada tahun (t-1) - t",
        ),
    ],
)
def test_a_difference_named_whole_with_the_times_it_spans(text: str, first: str) -> None:
    formula = parse(text)
    assert formula.variables[0] == first
    assert len(formula.variables) == 2


@pytest.mark.parametrize(
    "text",
    [
        # lines broken by <br> tags, the legend's entries under them (no notes)
        "IKU = a / b × 100<br>\nKeterangan:<br>\na: Jumlah koperasi sehat<br>\nb: Jumlah koperasi aktif",
        "Nilai = a / b × 100<br>Ket :<br>a: Jumlah koperasi sehat.<br>b: Jumlah koperasi aktif.",
        # a table's rows, the broken bar '¦' for its rules
        "IKU = a / b × 100\n¦ a ¦ Jumlah koperasi sehat ¦\n¦ b ¦ Jumlah koperasi aktif ¦",
        # two entries on one line, '=' then a copula
        "a / b × 100\nKeterangan:\na = adalah Jumlah koperasi sehat\tb = adalah Jumlah koperasi aktif",
        # a name wrapped onto a line indented with a tab after a word in capitals
        "a / b × 100\nKet :\na = Jumlah koperasi sehat KUD\n\tdi kabupaten\nb = Jumlah koperasi aktif",
        # '>' as a PDF writes the bullet '➢'
        "a / b × 100\nKet :\n> a : Jumlah koperasi sehat\n> b : Jumlah koperasi aktif",
    ],
)
def test_legend_containers(text: str) -> None:
    variables = parse(text).variables
    assert variables[1] == "Jumlah koperasi aktif"
    assert variables[0].startswith("Jumlah koperasi sehat")
    assert len(variables) == 2


def test_legends_varied_work_half_floor() -> None:
    """benchmarks/legends_varied.py: its work half (the fresh half is never read in tests)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import legends_varied

    right, total = legends_varied.rate("work", count=200)
    assert right / total >= 0.97


@pytest.mark.parametrize(
    "text",
    [
        # under the formula and its heading: a name, then its symbol in brackets
        "Nilai = A / B × 100\nKeterangan :\n1. Jumlah koperasi sehat (A)\n2. Jumlah koperasi aktif (B)",
        "(JKS / JKA) x 100%\nKeterangan:\n- Jumlah koperasi sehat (JKS)\n- Jumlah koperasi aktif (JKA)",
        "a/b x 100%\nDimana:\nJumlah koperasi sehat (a)\nJumlah koperasi aktif (b)",
        # a heading of two words ("Keterangan Rumus") before entries on its own line
        "a / b\nKeterangan Rumus : a : Jumlah koperasi sehat, b : Jumlah koperasi aktif",
        "a / b\nKeterangan rumus: a = Jumlah koperasi sehat; b = Jumlah koperasi aktif",
    ],
)
def test_more_legend_layouts(text: str) -> None:
    assert parse(text).variables == ("Jumlah koperasi sehat", "Jumlah koperasi aktif")


def test_an_alias_below_needs_its_symbol_in_the_formula() -> None:
    variables = parse("A / B x 100%\nKeterangan:\nA = Jumlah koperasi sehat (JKS)\nB = Jumlah ASN").variables
    assert variables == ("Jumlah koperasi sehat (JKS)", "Jumlah ASN")


def test_a_markdown_table_of_the_legend() -> None:
    text = (
        "Rasio = X1 / X2 × 100\n| Simbol | Keterangan |\n|---|---|\n"
        "| X1 | Jumlah koperasi sehat |\n| X2 | Jumlah koperasi aktif |"
    )
    assert parse(text).variables == ("Jumlah koperasi sehat", "Jumlah koperasi aktif")


@pytest.mark.parametrize(
    "text",
    [
        "Keterangan:\nA = Jumlah koperasi sehat.\nB = Jumlah koperasi aktif.\nRumus:\nRasio = A / B × 100",
        "Dimana:\nA\t:\tJumlah koperasi sehat.\nB\t:\tJumlah koperasi aktif.\nRumus:\n(A / B) x 100%",
    ],
)
def test_a_legend_above_its_formulas_field_label(text: str) -> None:
    assert parse(text).variables == ("Jumlah koperasi sehat", "Jumlah koperasi aktif")


def test_a_time_in_brackets_after_a_denominator_is_no_alias() -> None:
    text = (
        "Jumlah Ibu Hamil K4 pada tahun (t)\n------------- X 100%\n"
        "Jumlah sasaran ibu hamil pada tahun (t)"
    )
    assert parse(text).variables == (
        "Jumlah Ibu Hamil K4 pada tahun (t)",
        "Jumlah sasaran ibu hamil pada tahun (t)",
    )


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (  # profil-kesehatan-do-2019-426334021#02: an empty line where the bar stood
            "KepadatanPenduduk/km2 Jumlah penduduk di suatu wila yah pada kurun wakt u tertentu"
            "\n\nLuas wilayah (km 2 )pada kurun wakt u yang sama",
            (
                "Jumlah penduduk di suatu wila yah pada kurun wakt u tertentu",
                "Luas wilayah (km 2 )pada kurun wakt u yang sama",
            ),
        ),
        (
            "Rasio Guru Jumlah guru SD negeri\n\nJumlah murid SD negeri",
            ("Jumlah guru SD negeri", "Jumlah murid SD negeri"),
        ),
    ],
)
def test_a_label_and_two_quantities_over_an_empty_line(
    text: str, variables: tuple[str, ...]
) -> None:
    assert parse(text).variables == variables
