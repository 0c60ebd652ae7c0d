"""The spaces and line ends of word processors and web forms, read as plain ones at the
parser's entry (session 24, ``ikicalc.lang.paragraph.plain_spaces``): the same length, so a
caret still points into the cell as the user sent it."""

from __future__ import annotations

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


def test_a_caret_still_points_into_the_cell_as_sent() -> None:
    text = "Jumlah\xa0desa\r\n/ / Jumlah penduduk"
    with pytest.raises(ikicalc.FormulaSyntaxError) as raised:
        ikicalc.parse(text)
    assert text[raised.value.start] == "/"
    assert raised.value.start == text.index("/ /") + 2
