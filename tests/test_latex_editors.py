"""LaTeX as web metadata pages and equation editors write it (issue 14, cause 6;
:mod:`ikicalc.lang.latex`): ``\\( … \\)``, ``\\begin{equation*}``, ``\\mathop{=}`` in a sum's
limits, limits of one character (``\\sum_iP_i``), and function names an editor typed as
commands inside a word (``rutacara\\tan am_i``). Real cells quoted with their id or address,
and the same ways of writing with other names."""

from __future__ import annotations

from fractions import Fraction

import pytest

from ikicalc.errors import FormulaSyntaxError
from ikicalc.lang.latex import plain_latex
from ikicalc.lang.parser import parse

# sirusa-ind-9470#02 (dev): an editor's "\tan" inside the label's word, "\mathop{=}" in limits
SIRUSA_9470 = (
    "$\\%rutacara\\tan am_i=\\frac{\\sum^J_{j\\mathop{=}1}rutacaratanam_{ij}}"
    "{\\sum rutatanamanpangan}\\times100\\%$"
)
# SIRUSA BPS, metadata "Jumlah Rumah Tangga" (search corpus `pages`: "\(RUTA=\sum^N_…")
SIRUSA_RUTA = (
    "\\(RUTA=\\sum^N_{j\\mathop{=}1}ruta_j\\)\n\nKeterangan :\n\\(RUTA\\) : Jumlah rumah "
    "tangga\n\n\\(\\begin{equation*} ruta_j \\end{equation*}\\) : bernilai 1, jika sekelompok "
    "orang memenuhi syarat sebagai rumah tangga\n\n\\(j\\) : 1, …, N"
)
# SIRUSA BPS, metadata "Jumlah Penduduk": "\(\sum_iP_i\)" / "Keterangan :" / "\(P_i\) : …"
SIRUSA_PENDUDUK = "\\(\\sum_iP_i\\)\n\nKeterangan :\n\\(P_i\\) : Penduduk ke - i"


def test_sirusa_9470_reads() -> None:
    formula = parse(SIRUSA_9470)
    assert formula.variables == ("rutacaratanam_ij", "rutatanamanpangan")  # braces: LaTeX's
    assert formula.label == "rutacaratanam_i"
    result = formula.evaluate({"rutacaratanam_ij": [1, 2], "rutatanamanpangan": [3, 3]})
    assert result.exact == 50


def test_inline_math_and_an_equation_environment_in_the_legend() -> None:
    formula = parse(SIRUSA_RUTA)
    assert formula.label == "Jumlah rumah tangga"
    assert formula.variables == (
        "bernilai 1, jika sekelompok orang memenuhi syarat sebagai rumah tangga",
    )


def test_limits_of_one_character_glued_to_the_summand() -> None:
    assert parse("\\(\\sum_iP_i\\)").variables == ("P_i",)
    assert parse(SIRUSA_PENDUDUK).variables[0].startswith("P")


@pytest.mark.parametrize(
    ("text", "variables", "values", "value"),
    [
        ("\\(X=\\sum^N_{i\\mathop{=}1}x_i\\)", ("x_i",), {"x_i": [1, 2, 3]}, 6),
        ("\\(\\frac{A}{B}\\times 100\\%\\)", ("A", "B"), {"A": 1, "B": 4}, 25),
        (
            "\\(IPM=\\frac{\\sum^K_{k\\mathop{=}1}skor_k}{K}\\)",
            ("skor_k", "K"),
            {"skor_k": [2, 4], "K": 2},
            Fraction(3),
        ),
        ("\\(Y=\\sum^{n}_{i=1}y_i\\)", ("y_i",), {"y_i": [5, 5]}, 10),
        ("\\(\\mathbf{A} \\div \\mathbf{B}\\)", ("A", "B"), {"A": 3, "B": 6}, Fraction(1, 2)),
    ],
)
def test_markup_that_only_sets_the_type(
    text: str, variables: tuple[str, ...], values: dict[str, object], value: object
) -> None:
    formula = parse(text)
    assert formula.variables == variables
    assert formula.evaluate(values).exact == value


@pytest.mark.parametrize(
    ("written", "word"),
    [
        ("rutacara\\tan am_i", "rutacaratanam_i"),  # tanam
        ("Ad\\min istrasi", "Administrasi"),  # min
        ("tekno\\log i", "teknologi"),  # log
        ("ke\\sin ambungan", "kesinambungan"),  # sin
        ("luas\\tan ah", "luastanah"),
    ],
)
def test_a_function_name_typed_inside_a_word_is_part_of_the_word(written: str, word: str) -> None:
    text = f"${written}=\\frac{{A}}{{B}}\\times100\\%$"
    chars = list(text)
    assert plain_latex(chars)
    assert len(chars) == len(text)  # every span still points into the cell
    assert parse(text).label == word


def test_a_command_standing_alone_keeps_its_error() -> None:
    with pytest.raises(FormulaSyntaxError, match="alpha"):
        parse("\\alpha + B")


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        ("\\[ IPK = \\frac{\\sum\\limits_{i=1}^{n} x_i}{n} \\]", ("x_i", "n")),
        ("$P = \\frac{A}{B}\\times{100}\\%$", ("A", "B")),
        ("${\\rm TPT} = \\frac{PP}{PAK} \\times 100\\%$", ("PP", "PAK")),
        ("$\\frac{A_{t}-A_{t-1}}{A_{t-1}}\\times 100\\%$", ("A_t", "A(t-1)")),
        ("$\\frac{P_i-P_0}{P_0}$", ("P_i", "P_0")),
        (
            "$\\frac{PDRB_{t}-PDRB_{t-1}}{PDRB_{t-1}}\\times100\\%$\nKeterangan:\n"
            "$PDRB_{t}$ = PDRB tahun ini\n$PDRB_{t-1}$ = PDRB tahun lalu",
            ("PDRB tahun ini", "PDRB tahun lalu"),
        ),
        # a hyphen inside a SIRUSA word stays (sirusa-ind-9475#02, sirusa-ind-66489#02)
        (
            "$PP=rata-rataproporsifasepanenjagungpipilan\\times Luaspotensijagung$",
            ("rata-rataproporsifasepanenjagungpipilan", "Luaspotensijagung"),
        ),
        (
            "$APK=\\sum\\frac{siswaSDMI}{pendudukusia7-12th}\\times100\\%$",
            ("siswaSDMI", "pendudukusia7-12th"),
        ),
    ],
)
def test_more_markup_as_editors_write_it(text: str, variables: tuple[str, ...]) -> None:
    formula = parse(text)
    assert formula.variables == variables
    assert parse(str(formula)) == formula


# semarang-bappeda-kajian-sampah-2021-github#06 (batch 12): an equation in mathematical
# italic with its number, a period for the multiplication dot, a legend said in a sentence
SEMARANG_06 = (
    "𝐸𝑉ℎ𝑖 = 𝐸ℎ𝑖. 𝑝ℎ                                                          (5)\nDimana 𝐸𝑉ℎ𝑖 "
    "adalah nilai ekonomi energi panas dan 𝐸ℎ𝑖 adalah energi panas sampah\njenis i dan 𝑝ℎ "
    "merupakan harga listrik dari PSEL."
)
# semarang-bappeda-kajian-sampah-2021-github#02: a sum's limits flattened after it
SEMARANG_02 = (
    "𝐸𝑉𝑟 = ∑𝑛𝑖=1 𝑚𝑓𝑖. 𝑞 . 𝑝𝑟𝑖                                                (1)\nDimana 𝐸𝑉𝑟 "
    "adalah nilai ekonomi sampah yang potensial didaur ulang sedangkan 𝑚𝑓𝑖\nadalah fraksi "
    "sampah jenis i dan 𝑝𝑟𝑖 merupakan harga sampah jenis i apabila didaur ulang."
)


def test_an_equation_editors_export() -> None:
    formula = parse(SEMARANG_06)
    assert formula.label == "nilai ekonomi energi panas"
    assert formula.variables == ("energi panas sampah jenis i", "harga listrik dari PSEL")
    assert parse(SEMARANG_02).variables == (
        "fraksi sampah jenis i",
        "q",
        "harga sampah jenis i apabila didaur ulang",
    )


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (
            "𝑃 = 𝑄. 𝑅                    (7)\nDimana 𝑄 adalah volume produksi dan 𝑅 merupakan harga "
            "satuan.",
            ("volume produksi", "harga satuan"),
        ),
        (
            "𝐾 = (1 − 𝑎). 𝑏\n(3)\nDimana 𝑎 adalah fraksi hilang sedangkan 𝑏 adalah jumlah awal.",
            ("fraksi hilang", "jumlah awal"),
        ),
    ],
)
def test_equations_exported_so_with_other_symbols(text: str, variables: tuple[str, ...]) -> None:
    assert parse(text).variables == variables
