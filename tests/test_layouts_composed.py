"""Stacks and legends in layouts never seen (session 12, ``layout12``): the rules drawn from
the composed layouts of ``benchmarks/layouts_composed.py`` (a stack as a numerator's lines,
a middle line of a label, ``=``, a bar and a scale in any order, a denominator's lines; a
legend of any heading, mark, separator and wrapping), each on the cell that showed it and
on others written the same way, and the benchmark's work half held above its floor."""

from __future__ import annotations

import sys
from fractions import Fraction
from pathlib import Path

import pytest

from ikicalc.lang.layout_cues import DIVISION, divides, operator
from ikicalc.names import names_data
from tests.readings import value_counting_from_two as _read

ROOT = Path(__file__).resolve().parent.parent

A = "Jumlah anak SD Kelas 1 yang diimunisasi DT"
B = "Jumlah seluruh anak SD Kelas 1"


@pytest.mark.parametrize("label", ["Persentase", "Cakupan", "% Capaian", "% Realisasi Kinerja"])
@pytest.mark.parametrize("sign", ["=", ":"])
def test_a_label_in_a_column_of_its_own(label: str, sign: str) -> None:
    words = label.split()
    above = words[0] if len(words) > 1 else ""
    beside = f"{words[-1] if len(words) > 1 else label} {sign}"
    width = max(len(above), len(beside)) + 3
    text = (
        f"{above.ljust(width)}{A}\n{' ' * width}dalam kurun waktu 1 tahun\n"
        f"{beside.ljust(width)}------------------\n{' ' * width}{B} X100%"
    )
    variables, value = _read(text)
    assert variables == (f"{A} dalam kurun waktu 1 tahun", B)
    assert value == Fraction(200, 3)


def test_a_label_column_of_words_is_no_legend() -> None:
    text = f"Persentase    {A}\nCapaian =     ___________________\nKinerja       {B} disusun"
    assert _read(text)[0] == (A, f"{B} disusun")


@pytest.mark.parametrize("label", ["R", "P", "NA", "IKU"])
@pytest.mark.parametrize("bar", ["-----", "‾‾‾‾‾‾", "──────"])
def test_a_label_of_a_letter_on_the_middle_line(label: str, bar: str) -> None:
    pad = " " * (len(label) + 5)
    text = f"{pad}A\n{label} =   {bar}\n{pad}B x 100 persen"
    assert _read(text) == (("A", "B"), Fraction(200, 3))


@pytest.mark.parametrize(
    "head",
    ["% Realisasi :", "K :", "Y :  ", "Formulasi :\nNILAI :", "Rumus Perhitungan:\n% CAPAIAN :"],
)
def test_a_label_line_before_a_colon_over_a_stack(head: str) -> None:
    text = f"{head}\n{A} yang\n-------\n{B}\nx 100%"
    assert _read(text) == ((f"{A} yang", B), Fraction(200, 3))


@pytest.mark.parametrize("mark", ["", "i. ", "- ", "• ", "1) "])
@pytest.mark.parametrize("heading", ["", "dimana\n", "Keterangan:\n"])
def test_a_legend_as_two_columns_with_a_gap(mark: str, heading: str) -> None:
    text = (
        f"A\n------------\nB x 100 persen\n{heading}{mark}A    Jumlah Penduduk yang\n"
        f"terlayani air bersih\nperpipaan,\n{mark}B    Jumlah Penduduk,"
    )
    variables, value = _read(text)
    assert variables == ("Jumlah Penduduk yang terlayani air bersih perpipaan", "Jumlah Penduduk")
    assert value == Fraction(200, 3)


def test_an_entry_wrapped_over_a_capitalised_line_goes_on() -> None:
    text = (
        "A\n────────\nB x 100%\nKet. :\ni. A = jumlah perpustakaan yang\n"
        "dibina oleh Pemerintah Kota\nSingkawang dalam satu tahun.\n"
        "i. B = jumlah perpustakaan di Kota\nSingkawang yang sesuai\n"
        "dengan kewenangannya menjadi\nperpustakaan di bawah\npembinaan Pemerintah Kota\n"
        "Singkawang."
    )
    variables = _read(text)[0]
    assert variables[1] == (
        "jumlah perpustakaan di Kota Singkawang yang sesuai dengan kewenangannya menjadi "
        "perpustakaan di bawah pembinaan Pemerintah Kota Singkawang"
    )


def test_a_note_after_a_line_that_had_room_is_still_a_note() -> None:
    text = (
        "X / Y x 100%\nKeterangan:\nX = Jumlah sampel yang diambil\n"
        "Y = Jumlah populasi\nSampel diambil secara acak dari setiap kecamatan\n"
        "yang ada di wilayah kabupaten pada tahun berjalan"
    )
    assert _read(text)[0] == ("Jumlah sampel yang diambil", "Jumlah populasi")


@pytest.mark.parametrize(
    ("text", "variables", "value"),
    [
        ("A ------ B X100%", ("A", "B"), Fraction(200, 3)),
        ("Jumlah A ------ Jumlah B x 1.000", ("Jumlah A", "Jumlah B"), Fraction(2000, 3)),
        (  # a legend joined after it
            "A ------ B X100% Ket. : A : Jumlah organisasi B : jumlah seluruh Organisasi",
            ("Jumlah organisasi", "jumlah seluruh Organisasi"),
            Fraction(200, 3),
        ),
        (  # the label's column run together with the numerator's symbol
            "A P = ---------- B x 100% Dengan : A : Jumlah usila memperoleh yankes "
            "B : Jumlah seluruh usila",
            ("Jumlah usila memperoleh yankes", "Jumlah seluruh usila"),
            Fraction(200, 3),
        ),
        (  # the label's colon before the bar
            "A P : ------------ B x 100% A=Jumlah putus sekolah SMP. B=Jumlah siswa SMP.",
            ("Jumlah putus sekolah SMP", "Jumlah siswa SMP"),
            Fraction(200, 3),
        ),
        (  # the label's own line joined before the stack
            "R = JKTS = x 1.000 JPTY Penjelasan: JKTS:Jumlah kriminalitas. "
            "JPTY:Jumlah penduduk pada tahun ybs.",
            ("Jumlah kriminalitas", "Jumlah penduduk pada tahun ybs"),
            Fraction(2000, 3),
        ),
        (  # a table's two columns, its line breaks lost
            "K : JMHK ------------ JMDK x 100 persen i. JMHK    Jumlah masyarakat yang hadir. "
            "ii. JMDK    jumlah masyarakat yang diundang.",
            ("Jumlah masyarakat yang hadir", "jumlah masyarakat yang diundang"),
            Fraction(200, 3),
        ),
        (  # "8 kali" is a count, 673 the figure of a worked example
            "Jumlah balita dengan pemantauan minimal 8 kali 673 Persentase Capaian = x 100 % "
            "= x 100 % Jumlah seluruh anak balita 573 = 87,17 %",
            ("Jumlah balita dengan pemantauan minimal 8 kali", "Jumlah seluruh anak balita"),
            Fraction(200, 3),
        ),
    ],
)
def test_stacks_joined_onto_one_line(
    text: str, variables: tuple[str, ...], value: Fraction
) -> None:
    assert _read(text) == (variables, value)


def test_the_layout_takes_the_operator_words_from_their_one_home() -> None:
    grammar = names_data()["grammar"]
    for key in ("divide_words", "multiply_words", "add_words", "subtract_words"):
        for word in grammar[key]:
            assert operator().search(f"A {word} B"), word
    for word in grammar["divide_words"]:
        assert divides().search(f"A {word} B"), word
        assert DIVISION.search(f"A {word} B"), word
    assert operator().search("A di kalikan B")  # the list's, not an inline spelling
    assert not operator().search("dibagi menjadi dua kelompok")
    assert not operator().search("minimal 8 kali 673")  # a count, then a figure
    assert operator().search("A kali 100")


def test_the_composed_layouts_read_above_their_floor() -> None:
    sys.path.insert(0, str(ROOT))
    from benchmarks.layouts_composed import cases, score

    readings = score(cases(0))
    right = sum(reading.right for _, reading in readings)  # type: ignore[attr-defined]
    assert right / len(readings) >= 0.86


def test_a_labelled_middle_line_is_no_legend_entry() -> None:
    text = (
        "       A − B\nNA =   ------------\n       C\n× 100%\nPenjelasan:\n"
        "A = Jumlah air didistribusikan\nB = Air terjual\nC = Jumlah air yang didistribusikan"
    )
    variables, value = _read(text)
    assert variables == (
        "Jumlah air didistribusikan",
        "Air terjual",
        "Jumlah air yang didistribusikan",
    )
    assert value == Fraction(-100, 4)


@pytest.mark.parametrize(
    "middle", ["Persentase = ---------------- x", "Persentase = x", "------ X  "]
)
def test_the_scale_sign_alone_at_the_middle_lines_end(middle: str) -> None:
    text = f"{A}\n{middle}\n100%\n{B}"
    assert _read(text) == ((A, B), Fraction(200, 3))


@pytest.mark.parametrize(("first", "second"), [("a. A", "b. B"), ("A :", "B :"), ("1) A", "2) B")])
def test_a_symbol_alone_on_its_line_over_its_name(first: str, second: str) -> None:
    text = (
        f"A\n------\nB x 100%\nKeterangan:\n{first}\nJumlah desa mandiri;\n{second}\n"
        "Jumlah seluruh desa;"
    )
    assert _read(text) == (("Jumlah desa mandiri", "Jumlah seluruh desa"), Fraction(200, 3))


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        ("Jumlah desa mandiri\nPersentase =\nJumlah seluruh desa\nx 100%", None),
        ("Jumlah desa mandiri\nTingkat Capaian =\nJumlah seluruh desa x 100%", None),
        ("A\nP =\nB\nx 100%", ("A", "B")),
    ],
)
def test_a_label_and_its_equals_alone_between_two_quantities(
    text: str, variables: tuple[str, ...] | None
) -> None:
    expected = variables or ("Jumlah desa mandiri", "Jumlah seluruh desa")
    assert _read(text) == (expected, Fraction(200, 3))


def test_a_label_wrapped_before_its_equals_stays_a_label() -> None:
    text = "Persentase Desa\nMandiri =\nJumlah desa mandiri / Jumlah desa x 100%"
    assert _read(text) == (("Jumlah desa mandiri", "Jumlah desa"), Fraction(200, 3))


def test_a_label_between_two_names_whose_formula_would_compute_nothing() -> None:
    # kemendikbud-kspstk-lkj-2023-github#02 (batch 18), a Word equation in bold italic
    text = "𝑮𝒖𝒓𝒖 𝑻𝒆𝒓𝒔𝒆𝒅𝒊𝒂 𝑺𝒆𝒌𝒐𝒍𝒂𝒉 𝑵𝒆𝒈𝒆𝒓𝒊𝒂𝒙\n𝑲𝒆𝒄𝒖𝒌𝒖𝒑𝒂𝒏 𝑮𝒖𝒓𝒖𝒂𝒙 =\n𝑲𝒆𝒃𝒖𝒕𝒖𝒉𝒂𝒏 𝑮𝒖𝒓𝒖 𝑺𝒆𝒌𝒐𝒍𝒂𝒉 𝑵𝒆𝒈𝒆𝒓𝒊𝒂𝒙"
    variables, value = _read(text)
    assert variables == ("Guru Tersedia Sekolah Negeriax", "Kebutuhan Guru Sekolah Negeriax")
    assert value == Fraction(2, 3)
