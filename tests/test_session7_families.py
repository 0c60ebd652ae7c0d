"""Three families read in session 7's last pass, each from public cells (quoted by id) and
from cells written in the same style with other names."""

from __future__ import annotations

import pytest

import ikicalc


@pytest.mark.parametrize(
    ("text", "variables"),
    [
        (  # jabar-biro-adbang-lakip-2016-github#03
            "Laporan didapat dari OPD dengan limit waktu\ntanggal 10 setiap bulannya, dengan "
            "formulasi\nOPD yang tepat waktu dibagi jumlah seluruh\nOPD Provinsi Jawa Barat "
            "kali 100 %",
            ("OPD yang tepat waktu", "jumlah seluruh OPD Provinsi Jawa Barat"),
        ),
        (  # the same style, other names
            "Data dikumpulkan dari puskesmas setiap triwulan, dengan formulasi jumlah bayi "
            "yang diimunisasi dibagi jumlah seluruh bayi dikali 100%",
            ("jumlah bayi yang diimunisasi", "jumlah seluruh bayi"),
        ),
        (  # bps-dompu-dasar-hitung-pk-2022-github#11: 'diperoleh' before a counting word
            "Melalui survei ke seluruh pengunjung PST kemudian diperoleh jumlah pengunjung "
            "PST yang puas dibagi dengan jumlah seluruh pengunjung PST dikalikan 100%",
            ("jumlah pengunjung PST yang puas", "jumlah seluruh pengunjung PST"),
        ),
    ],
)
def test_the_words_before_a_formula_end_at_dengan_formulasi_or_diperoleh(
    text: str, variables: tuple[str, ...]
) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == variables
    assert formula.evaluate(dict(zip(variables, (3, 4), strict=True))).exact == 75


def test_a_name_holding_diperoleh_is_not_cut() -> None:
    text = "Jumlah nilai yang diperoleh jumlah siswa"  # 'yang diperoleh': a clause of the name
    assert "Jumlah nilai yang diperoleh" in ikicalc.parse(text).variables[0]


@pytest.mark.parametrize(
    "text",
    [
        # jabar-bapusipda-iku-github#01
        "Jumlah judul dan eksemplar koleksi Bapusipda / jumlah judul dan eksemplar koleksi "
        "sesuai SNP dikali (x) 100%",
        "Jumlah desa tertib dibagi (:) jumlah desa dikalikan (X) 100%",
        "Jumlah desa tertib dibagi dengan (/) jumlah desa x 100%",
    ],
)
def test_an_operator_word_with_its_sign_in_brackets_is_one_operator(text: str) -> None:
    formula = ikicalc.parse(text)
    assert len(formula.variables) == 2
    assert formula.evaluate(dict(zip(formula.variables, (1, 4), strict=True))).exact == 25
    assert ikicalc.parse(str(formula)) == formula


@pytest.mark.parametrize(
    "text",
    ["Rumus : P = x/y × 100%", "a/b x 100%", "Persentase = m/n X 100 %"],  # bps-dompu#02
)
def test_two_lone_letters_scaled_to_percent_are_a_ratio_of_symbols(text: str) -> None:
    formula = ikicalc.parse(text)
    assert len(formula.variables) == 2
    assert formula.guesses  # a guess, said by lint W110
    assert "W110" in {d.code for d in ikicalc.lint(text)}
    assert ikicalc.parse(str(formula)) == formula


@pytest.mark.parametrize("text", ["s/d x 100%", "a/b", "KTP/KK x 100%"])
def test_other_slashes_stay_words(text: str) -> None:
    assert len(ikicalc.parse(text).variables) == 1
