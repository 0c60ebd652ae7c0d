"""The spaces and line ends of word processors and web forms, read as plain ones at the
parser's entry (session 24, ``ikicalc.lang.paragraph.plain_spaces``): the same length, so a
caret still points into the cell as the user sent it."""

from __future__ import annotations

import contextlib

import pytest

import ikicalc


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah\xa0desa\xa0tertib / Jumlah\xa0desa x\xa0100\xa0%",  # Word's no-break spaces
        "Jumlah desa tertib\r\n----------------\r\nJumlah desa\r\nx 100%",  # Windows' line ends
        "\ufeffJumlah desa tertib / Jumlah desa x 100%",  # a byte order mark
        "Jumlah\u202fdesa\u2009tertib / Jumlah desa x 100%",  # narrow and thin spaces
    ],
)
def test_a_cell_from_word_or_a_web_form_reads_as_typed_plainly(text: str) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == ("Jumlah desa tertib", "Jumlah desa")
    assert str(formula) == "Jumlah desa tertib / Jumlah desa × 100%"
    assert not ikicalc.lint(text)


def test_a_stack_with_no_break_spaces() -> None:
    """An IKK table's stack as a browser copies it, every space no-break: before, the grammar's
    blanks ('[ \\t]') did not see them and the stack was refused."""
    text = (
        "Jumlah Siswa pada jenjang TK/RA/Penitipan Anak = 2720 ------------------------------ "
        "x 100 % Jumlah anak usia 4 - 6 tahun ="
    ).replace(" ", "\xa0")
    formula = ikicalc.parse(text)
    assert formula.variables == (
        "Jumlah Siswa pada jenjang TK/RA/Penitipan Anak",
        "Jumlah anak usia 4 - 6 tahun",
    )


def test_a_caret_still_points_into_the_cell_as_sent() -> None:
    text = "Jumlah\xa0desa\r\n/ / Jumlah penduduk"
    with pytest.raises(ikicalc.FormulaSyntaxError) as raised:
        ikicalc.parse(text)
    assert text[raised.value.start] == "/"
    assert raised.value.start == text.index("/ /") + 2


def test_fallen_subscripts_with_no_legend_entry_are_no_traceback() -> None:
    """A cell of Dinas Kelautan Jawa Barat's Renstra written with no-break spaces (before they
    were read as spaces) found it: subscripts fallen under their symbols ('X' / '(n)') and a
    'Keterangan' whose entries the legend's pattern did not see; ``zip(…, strict=True)`` over
    an empty list raised ValueError. The reader of fallen subscripts now returns no reading."""
    from ikicalc.lang.subscripts import subscripts_put_back

    text = (
        "Formulasi\n(X\xa0-X\xa0)\nA\xa0=\xa0(n)\xa0(n-1)\xa0x\xa0100%\nX\n(n-1)\n"
        "Keterangan\xa0:\nA\xa0=\xa0Prosentase\xa0Peningkatan\xa0Produksi\nGaram\n"
        "X\xa0=\xa0Jumlah\xa0produksi\xa0garam\xa0pada\xa0tahun\n(n)\nke\xa0n"
    )
    subscripts_put_back(text)  # no exception
    with contextlib.suppress(ikicalc.FormulaSyntaxError):  # refused or read: never a traceback
        ikicalc.parse(text)


def test_a_stacks_columns_apart_by_tabs() -> None:
    """An LKIP's stack copied from a Word table: the label's column and the operands' apart by
    a tab, not by spaces (Disperindag Jawa Barat's LKIP 2016): a tab is a column's gap, as two
    spaces are ('Kinerja' is the label's, 'Rencana' the denominator)."""
    formula = ikicalc.parse("% Pencapaian\t=\tRealisasi\tx 100 %\nKinerja\tRencana")
    assert formula.variables == ("Realisasi", "Rencana")
    # an equation editor's export: its number after a tab is the equation's, not a name's
    text = "𝐸𝑉𝑟 = 𝑚𝑓 × 𝑞 × 𝑝𝑟\t(1)\nDimana 𝑚𝑓 adalah fraksi sampah dan 𝑝𝑟 merupakan harga sampah."
    assert "(1)" not in " ".join(ikicalc.parse(text).variables)


_BESIDE = "Jumlah Waktu yang dibutuhkan Jumlah pengaduan kejadian bencana"


@pytest.mark.parametrize("text", [f"\n{_BESIDE}", f"{_BESIDE}\n", f"\n\t {_BESIDE} \n"])
def test_the_line_breaks_around_an_excel_cell_are_no_lines(text: str) -> None:
    """An Excel cell's line break before or after its text (Alt+Enter): no line stands there,
    so a one-line cell stays one line (before, the two quantities of a flattened stack that
    one line reads as a ratio were read as one name)."""
    formula = ikicalc.parse(text)
    assert formula == ikicalc.parse(_BESIDE)
    assert formula.variables == (
        "Jumlah Waktu yang dibutuhkan",
        "Jumlah pengaduan kejadian bencana",
    )


def test_a_line_of_spaces_before_the_lines_keeps_their_columns() -> None:
    """pdfplumber's layout text opens with a line of spaces: it stays a line, or the first
    line's columns would move by its width (the legend beside a stack lost its symbols)."""
    from ikicalc.lang.paragraph import plain_spaces

    text = " " * 20 + "\n  JPDM      JPDM  Jumlah A\n  JPD             Jumlah B\n"
    assert plain_spaces(text) == text[:-1] + " "
    assert plain_spaces("\nA / B\n") == " A / B "
    assert plain_spaces("\n") == " "


def test_a_line_of_capitals_is_no_piece_of_a_stack_in_linear_time() -> None:
    """A cell typed in capitals ('PREDIKAT SAKIP PERANGKAT DAERAH : HASIL REVIEW …', an IKU
    of Polewali Mandar written as many offices write titles): the pattern of a stack's line
    of symbols could part each word into symbols in as many ways as it has letters, and tried
    them all (minutes, session 24); possessive now, it answers at once."""
    from ikicalc.lang.legend_entries import _PIECE

    line = "PREDIKAT SAKIP PERANGKAT DAERAH HASIL REVIEW INSPEKTORAT ATAS IMPLEMENTASI SAKIP :"
    assert _PIECE.match(line) is None
    assert _PIECE.match("JPDM - JPD") is not None
    text = (
        "PREDIKAT SAKIP PERANGKAT DAERAH :  HASIL REVIEW INSPEKTORAT ATAS IMPLEMENTASI SAKIP "
        "PADA PERANGKAT DAERAH, MELIPUTI : PERENCANAAN KINERJA, PEGUKURAN KINERJA, PELAPORAN "
        "KINERJA, DAN REVIEW KINERJA\nPREDIKAT A = 100\nPREDIKAT B = 80"
    )
    with contextlib.suppress(ikicalc.FormulaSyntaxError):
        ikicalc.parse(text)


def test_blanks_before_a_line_break_are_no_column() -> None:
    """PDF text ends lines with a blank (pdftotext, a Word export): the LPPD guide's stack
    (Pedoman IKK kabupaten/kota 2025) wraps ``kabupaten/`` at the end of a line. Left there,
    the blank and the line's break made two blanks, a column's gap, and parted the name."""
    text = (
        "Jumlah layanan penyelamatan dan \nevakuasi korban kebakaran di kabupaten/ \n"
        "kota dalam tingkat waktu tanggap \nx 100% \nTotal kejadian kebakaran di kabupaten/kota"
    )
    formula = ikicalc.parse(text)
    assert formula.variables == (
        "Jumlah layanan penyelamatan dan evakuasi korban kebakaran di kabupaten/ kota dalam "
        "tingkat waktu tanggap",
        "Total kejadian kebakaran di kabupaten/kota",
    )
    assert formula.evaluate(dict(zip(formula.variables, (9, 12), strict=True))).exact == 75
    assert formula.source is not None
    assert " \n" not in formula.source


def test_a_line_of_blanks_that_opens_the_cell_stays() -> None:
    """pdfplumber's layout text opens with a line of blanks that sets where columns stand;
    only the blanks after a line's text (or on a line between two) go."""
    from ikicalc.lang.paragraph import plain_lines

    assert plain_lines("      \n  A  \n  \nB") == "      \n  A\n\nB"
    assert plain_lines("A / B x 100%") == "A / B x 100%"


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Jumlah desa \n/ / Jumlah penduduk", "/ Jumlah"),  # a blank dropped before the break
        ("Jumlah de\u00adsa \r\n/ / Jumlah pen\u00adduduk", "/ Jumlah"),  # and a soft hyphen
        ("Jumlah desa\r\nx 100% \r\n/ / B", "/ / B"),
    ],
)
def test_a_caret_points_into_the_cell_as_sent_where_characters_were_dropped(
    text: str, wrong: str
) -> None:  # ``wrong``: the text from the character the caret stands under
    """The reader reads the cell without the characters that take no place (``Formula.source``
    is that text), but an error's offsets point into the cell as the user sent it: a web
    form highlights the character in its own field."""
    with pytest.raises(ikicalc.FormulaSyntaxError) as raised:
        ikicalc.parse(text)
    assert raised.value.start == text.index(wrong)
    assert len(raised.value.text) == len(text)
    assert "^" in str(raised.value)
