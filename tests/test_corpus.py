"""Every formula cell of the five seed documents: it parses, or it says clearly why not."""

from __future__ import annotations

from typing import Any

import pytest

import ikicalc

# The cells that are not formulas, each for its own reason (see ../shared/corpus/README.md).
NOT_FORMULAS = {
    "001-054": "the formula is empty",
    "002-040": "';' separates two formulas",
    "003-001": "unexpected number '25,00'",  # an interval scale, not a formula
    "003-011": "'x' has no operand before it",
    "003-012": "'x' has no operand before it",
    "003-013": "'x' has no operand before it",
    "003-014": "'x' has no operand before it",
    "003-015": "a blank '_____' stands where a number or a name should be",
    "003-016": "'x' has no operand before it",
    "003-017": "a blank '_____' stands where a number or a name should be",
    "003-018": "a blank '_____' stands where a number or a name should be",
}

# What a reader of the document names as the variables of the formulas with an operator.
READER_VARIABLES = {
    "000-002": ("Jumlah Pokmas yang Berpartisipasi Dalam Stimulan RT", "Jumlah Pokmas"),
    "000-006": ("Jumlah layanan Publik yang dilaksanakan", "Jumlah SOP Layanan Publik"),
    "000-009": (
        "Jumlah laporan gangguan trantibum",
        "laporan gangguan trantibum yang di tindaklanjuti",
    ),
    "002-002": (
        "Jumlah rekomendasi yang diterbitkan",
        "Jumlah banyaknya pengajuan dari masyarakat",
    ),
    "002-011": (
        "Jumlah prasarana dan sarana umum yang telah diperbaiki di wilayah Kecamatan",
        "jumlah usulan masyarakat yang terakomodir melalui musrenbang Kecamatan",
    ),
    "002-046": ("Jumlah rekomendasi yang diberikan", "jumlah seluruh pengajuan"),
    "002-085": ("Jumlah area yang diamankan", "Luas area keseluruhan"),
    "003-009": ("Jumlah laporan SPJ GU/TU tepat waktu", "Jumlah laporan SPJ GU/TU"),
    "003-010": ("Volume kerja", "hasil"),
    "003-019": ("Jumlah surat yang masuk", "Jumlah surat yg didistribusikan"),
    "003-023": ("Jumlah laporan penyerapan belanja", "Jumlah SPP dan SPM LS"),
    "004-001": ("Pegawai", "Hari kerja efektif", "hari tidak masuk kerja"),
    "004-020": ("Jumlah Pegawai", "hari kerja efektif", "hari tidak masuk kerja"),
    "004-035": ("Berkas Yang Diajukan KTP/KK", "Berkas Yang Di Proses"),
}


def formula_rows(corpus: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [row for row in corpus if row["formula"] is not None]


def test_counts_stated_in_the_readme(corpus: list[dict[str, Any]]) -> None:
    rows = formula_rows(corpus)
    parsed = []
    for row in rows:
        try:
            ikicalc.parse(row["formula"])
            parsed.append(row["id"])
        except ikicalc.FormulaSyntaxError:
            pass
    assert (len(rows), len(parsed), len(rows) - len(parsed)) == (260, 249, 11)


def test_every_cell_parses_or_raises_a_clear_syntax_error(corpus: list[dict[str, Any]]) -> None:
    failures = {}
    for row in formula_rows(corpus):
        try:
            ikicalc.parse(row["formula"])
        except ikicalc.FormulaSyntaxError as error:
            failures[row["id"]] = error
            message = str(error)
            assert "__ANON" not in message
            assert "Token(" not in message
            assert error.line >= 1
            assert error.column >= 1
            if row["formula"].strip():  # an empty cell has nothing to point at
                assert "^" in message
    assert set(failures) == set(NOT_FORMULAS)
    for key, expected in NOT_FORMULAS.items():
        assert expected in failures[key].reason, (key, failures[key].reason)


@pytest.mark.parametrize(("row_id", "variables"), sorted(READER_VARIABLES.items()))
def test_variables_a_reader_would_name(
    corpus_by_id: dict[str, dict[str, Any]], row_id: str, variables: tuple[str, ...]
) -> None:
    assert ikicalc.parse(corpus_by_id[row_id]["formula"]).variables == variables


def test_plain_phrases_are_one_variable_named_as_written(corpus: list[dict[str, Any]]) -> None:
    """Cells without any operator are one quantity, its name the cell without markup."""
    plain = [
        row
        for row in formula_rows(corpus)
        if row["id"] not in NOT_FORMULAS
        and not any(
            mark in row["formula"]
            for mark in (
                "/",
                " x ",
                " X ",
                "\\",
                "berbanding",
                "dibagi",
                "<u>",
                "Σ",
                ":",
                "<ol",
                "- ",
            )
        )
    ]
    assert len(plain) > 150
    for row in plain:
        text = row["formula"].replace("<p>", "").replace("</p>", "").strip()
        assert ikicalc.parse(row["formula"]).variables == (text,), row["id"]


def test_canonical_text_of_every_corpus_formula_reads_back_equal(
    corpus: list[dict[str, Any]],
) -> None:
    for row in formula_rows(corpus):
        if row["id"] in NOT_FORMULAS:
            continue
        formula = ikicalc.parse(row["formula"])
        assert ikicalc.parse(str(formula)) == formula, row["id"]
