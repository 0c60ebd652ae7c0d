"""A right reading stays quiet (issue 14: no false alarms on clean cells). Each case is a real
development cell read right on which lint spoke before session 17: a rule of the language that
leaves no other reading is no guess (its note stays in ``Formula.guesses`` for ``ikicalc eval``,
lint says nothing), while the same rule where the cell mixes two ways of writing stays loud."""

from __future__ import annotations

import pytest

import ikicalc
from ikicalc import lint
from ikicalc.diagnostics.reading import guess_notes


def codes(text: str) -> set[str]:
    return {d.code for d in lint(text)}


@pytest.mark.parametrize(
    "cell",
    [
        # PP 19/2008 (kecamatan): the words before ':' name what the formula computes
        "Luas Daerah/Wilayah Keseluruhan: Jumlah luas daratan ditambah luas lautan",
    ],
)
def test_a_rule_of_the_language_with_no_other_reading_is_no_w110(cell: str) -> None:
    formula = ikicalc.parse(cell)
    assert formula.guesses  # the reader's note is kept ...
    assert any(True for _ in guess_notes(formula))  # ... and `ikicalc eval` shows it
    assert "W110" not in codes(cell)  # lint is quiet


@pytest.mark.parametrize(
    "cell",
    [
        # Pengukuran kinerja of a BKPSDM: every operation said in words, applied as it is said;
        # on cells never seen, this note was the only finding of wrong readings: it stays
        "Persentase kinerja ditambah persentase kompetensi ditambah persentase disiplin dibagi 3",
    ],
)
def test_operations_said_in_words_stay_a_guess(cell: str) -> None:
    assert "W110" in codes(cell)


def test_operations_in_words_mixed_with_a_symbol_stay_a_guess() -> None:
    """Satu Data of a Singkawang library office: 'ditambah dengan' in words, then a '/' typed
    as a symbol; whether the slash binds first (A + B/C) or the words' order holds ((A + B)/C)
    is the writer's, a guess that lint says."""
    cell = (
        "jumlah penduduk berumur 0-14 tahun, ditambah dengan jumlah penduduk 65 tahun ke "
        "atas/jumlah penduduk usia 15-64 tahun"
    )
    found = [d for d in lint(cell) if d.code == "W110"]
    assert found
    assert "in the order they are said" in found[0].message


def test_a_numerator_narrowed_by_its_own_words_is_no_inverted_ratio() -> None:
    """IAPT matrix of BAN-PT: new regular students over those who passed the selection, both
    on the main programme; the numerator narrows the shared head ('calon mahasiswa') by words
    of its own ('baru reguler'): two parts, which is the whole only the document knows."""
    cell = (
        "PDU = (NCi / NBi) x 100%\n"
        "NBi = Jumlah calon mahasiswa yang lulus seleksi pada program utama.\n"
        "NCi = Jumlah calon mahasiswa baru reguler pada program utama."
    )
    assert "W102" not in codes(cell)
    assert "W102" not in codes("Jumlah koperasi aktif / Jumlah koperasi yang terdaftar x 100%")


@pytest.mark.parametrize(
    "cell",
    [
        # the whole over its part: the numerator adds nothing of its own
        "Jumlah koperasi / Jumlah koperasi aktif yang terdaftar x 100%",
        # a compound noun (a nominalisation) names a kind of document, not a part of them
        "Jumlah dokumen perencanaan / Jumlah dokumen yang disusun sesuai dengan pedoman x 100%",
        # words joined on by 'dan' widen what is counted
        "Jumlah dokumen perencanaan dan hasil evaluasi / Jumlah dokumen perencanaan yang "
        "disusun tepat waktu x 100%",
    ],
)
def test_an_inverted_ratio_is_still_said(cell: str) -> None:
    assert "W102" in codes(cell)
