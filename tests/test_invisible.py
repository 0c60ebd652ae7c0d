"""Characters that take no place on a page (a zero-width space, a soft hyphen, a byte-order
mark) are pasted into cells by web pages, PDF extractors and Word: the formula reads as the
page shows it, and names compare as they show."""

from __future__ import annotations

import pytest

import ikicalc
from ikicalc.names import name_key, visible


def test_a_zero_width_space_before_the_slash_of_a_satu_data_portal() -> None:
    # Satu Data Kabupaten Bungo (BPS Bedaro), metadata indikator, batch 22 of the corpus
    cell = "PDRB\xa0per\xa0Kapita\xa0ADHK=PDRB\xa0ADHK\u200b/Jumlah\xa0Penduduk"
    formula = ikicalc.parse(cell)
    assert formula.variables == ("PDRB ADHK", "Jumlah Penduduk")
    assert formula.evaluate({"PDRB ADHK": 9000, "Jumlah Penduduk": 3}).exact == 3000


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("Jumlah pember\u00addayaan / Jumlah desa x 100%", ("Jumlah pemberdayaan", "Jumlah desa")),
        ("\ufeffRealisasi / Target x 100%", ("Realisasi", "Target")),
        ("Jumlah\u200b pegawai hadir / Jumlah pegawai", ("Jumlah pegawai hadir", "Jumlah pegawai")),
        ("A\u2060 / B\u200d x 100%", ("A", "B")),
    ],
)
def test_invisible_characters_leave_the_word_they_stand_in(
    cell: str, names: tuple[str, ...]
) -> None:
    assert ikicalc.parse(cell).variables == names


def test_an_error_points_into_the_cell_as_sent() -> None:
    # the reader reads the text without the character (a padded word left two blanks, a
    # column's gap); the error maps its caret back, and its excerpt shows the cell as the
    # page does, the same length as sent
    cell = "Jumlah\u200b pegawai / x 100%"
    with pytest.raises(ikicalc.FormulaSyntaxError) as error:
        ikicalc.parse(cell)
    assert error.value.start == cell.index("x 100%")
    assert error.value.text == visible(cell)
    assert "\u200b" not in str(error.value)


@pytest.mark.parametrize(
    ("cell", "names", "value"),
    [  # Word's optional hyphens in long words (a copy of a Word table keeps them): padding
        # the word to keep its length left two blanks, a column's gap, and lost the cue words
        (
            "pers\u00adentase jumlah anak yang bers\u00adekolah terh\u00adadap jumlah pend\u00aduduk",
            ("jumlah anak yang bersekolah", "jumlah penduduk"),
            50,
        ),
        (  # a puskesmas's definisi operasional of UKM pengembangan, a Google sheet (2022)
            "Jumlah PAUD yang mend\u00adapat peny\u00aduluhan/ peme\u00adriksaan gigi dibagi "
            "jumlah PAUD/TK di wilayah kerja Pusk\u00adesmas dikali 100%",
            (
                "Jumlah PAUD yang mendapat penyuluhan/ pemeriksaan gigi",
                "jumlah PAUD/TK di wilayah kerja Puskesmas",
            ),
            50,
        ),
    ],
)
def test_words_split_by_an_optional_hyphen_read_whole(
    cell: str, names: tuple[str, ...], value: int
) -> None:
    formula = ikicalc.parse(cell)
    assert formula.variables == names
    assert formula.evaluate(dict(zip(names, (20, 40), strict=True))).exact == value


def test_visible_keeps_the_length_for_what_is_shown() -> None:
    # the writers show a name as the page does; the padded word keeps offsets after it
    cell = "Jumlah\u200b pegawai / x 100%"
    assert visible(cell) == "Jumlah  pegawai / x 100%"
    assert len(visible(cell)) == len(cell)


def test_a_data_column_written_with_one_matches_the_variable() -> None:
    assert name_key("Jumlah\u200b pegawai") == name_key("Jumlah pegawai")
    formula = ikicalc.parse("Jumlah pegawai hadir / Jumlah pegawai x 100%")
    data = {"Jumlah pegawai\u200b hadir": 38, "\ufeffJumlah pegawai": 40}
    assert formula.evaluate(data).exact == 95


def test_a_long_word_is_read_in_linear_time() -> None:
    word = "x" * 20_000 + "\u200b"
    assert visible(word) == "x" * 20_000 + " "


def test_an_acronym_of_the_label_is_no_legend_symbol_for_lint() -> None:
    # 'ADHK' stands before '=' as the last word of the label, not as a legend's symbol
    cell = "PDRB\xa0per\xa0Kapita\xa0ADHK=PDRB\xa0ADHK\u200b/Jumlah\xa0Penduduk"
    assert [d.code for d in ikicalc.lint(cell)] == []
    # where the cell's legend defines the symbols, two of them side by side are still said:
    # read as their product since session 19 (legend19), a guess that says so
    legend = "KDAU TKDA\nKDAU = Kapasitas daerah\nTKDA = Total kebutuhan daerah"
    said = [d for d in ikicalc.lint(legend) if d.code in ("W110", "W117")]
    assert any("side by side" in d.message for d in said), said
