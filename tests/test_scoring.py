"""Official scoring: the SKM/IKM survey index and the PP 46/2011 SKP score."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ikicalc.errors import IkiError
from ikicalc.rules.scales import Scale, scale
from ikicalc.rules.scoring import skm, skp_pp46

# Two respondents answering the 9 unsur of PermenPAN-RB 14/2017
# (persyaratan, prosedur, waktu, biaya, produk, kompetensi, perilaku, maklumat, pengaduan).
SURVEY = [
    [3, 4, 3, 3, 4, 3, 3, 4, 3],
    [4, 4, 4, 3, 3, 3, 3, 4, 4],
]


def test_skm_2017_worked_example() -> None:
    result = skm(SURVEY)
    expected_nrr = [Fraction(a + b, 2) for a, b in zip(*SURVEY, strict=True)]
    assert list(result.nrr) == expected_nrr
    # NRR sum 31, 9 unsur of weight 1/9: 31/9 × 25 = 86,111…
    assert result.exact_index == Fraction(31, 9) * 25
    assert result.index == Decimal("86.11")
    assert (result.mutu, result.kinerja) == ("B", "Baik")
    assert result.respondents == 2
    assert result.standard == "skm-2017"


def test_the_same_survey_under_the_2004_table() -> None:
    result = skm(SURVEY, standard="ikm-2004")
    assert result.index == Decimal("86.11")
    assert (result.mutu, result.kinerja) == ("A", "Sangat Baik")


def test_the_seed_scale_can_be_the_standard() -> None:
    seed = Scale.parse("25,00 – 43,75 Tidak Baik 43,76 – 62,50 Kurang Baik 62,51 – 81,25 Baik")
    result = skm([[3, 3, 3, 3]], standard=seed)
    assert (result.mutu, result.kinerja, result.standard) == (None, "Baik", "")


@given(
    k=st.integers(1, 4),
    respondents=st.integers(1, 20),
    unsur=st.integers(1, 14),
    standard=st.sampled_from(["skm-2017", "ikm-2004"]),
)
def test_identical_answers_k_give_index_25k(
    k: int, respondents: int, unsur: int, standard: str
) -> None:
    result = skm([[k] * unsur] * respondents, standard=standard)
    assert result.index == Decimal(25 * k)
    assert result.nrr == (Fraction(k),) * unsur
    category = scale(standard).classify(25 * k)
    assert (result.mutu, result.kinerja) == (category.grade, category.label)


@given(st.lists(st.lists(st.integers(1, 4), min_size=9, max_size=9), min_size=1, max_size=30))
def test_index_is_nrr_mean_times_25_and_within_25_to_100(rows: list[list[int]]) -> None:
    result = skm(rows)
    total = sum(sum(row) for row in rows)
    assert result.exact_index == Fraction(total, 9 * len(rows)) * 25
    assert Decimal(25) <= result.index <= Decimal(100)


def test_weights() -> None:
    weights = [Fraction(1, 2), Fraction(1, 4), "0,25"]
    result = skm([[4, 2, 2], [4, 2, 2]], weights=weights)
    assert result.exact_index == (4 * Fraction(1, 2) + 2 * Fraction(1, 4) + 2 * Fraction(1, 4)) * 25
    assert result.index == Decimal("75.00")
    assert result.weights == (Fraction(1, 2), Fraction(1, 4), Fraction(1, 4))


def test_weights_rounded_as_printed_do_not_add_up() -> None:
    # The regulation prints the weight 1/9 as 0,11: nine of them make 0,99.
    with pytest.raises(IkiError, match=r"add up to 0\.9900, not 1.*Fraction\(1, 9\)"):
        skm(SURVEY, weights=["0,11"] * 9)


@pytest.mark.parametrize(
    ("weights", "message"),
    [
        ([Fraction(1, 6)] * 9, "add up to 1.5000"),
        ([1], "1 weight\\(s\\) given for 9 unsur"),
        (["2", "-1"] + ["0"] * 7, "weight of unsur 2 is negative"),
        (["x"] * 9, "weight of unsur 1: 'x' is not a number"),
    ],
)
def test_bad_weights(weights: list[object], message: str) -> None:
    with pytest.raises(IkiError, match=message):
        skm(SURVEY, weights=weights)


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([], "there are no responses"),
        ([[]], "respondent row 1 has no answers"),
        ([[3, 4], [3, 5]], "respondent row 2, unsur 2: the answer 5 is not 1, 2, 3 or 4"),
        ([[3, 4], [0, 4]], "respondent row 2, unsur 1: the answer 0"),
        ([[3, 4], [3, "baik"]], "respondent row 2, unsur 2: the answer 'baik'"),
        ([[3, 4], [3, 2.5]], "respondent row 2, unsur 2: the answer 2.5"),
        ([[3, 4], [3, True]], "respondent row 2, unsur 2: the answer True"),
        ([[3, 4], [3, 4], [3]], r"respondent row 3 has 1 answer\(s\) but there are 2 unsur"),
        ([[3, 4], [3, 4, 4]], r"row 2 has 3 answer\(s\) .* \(unsur 3 is one too many\)"),
    ],
)
def test_bad_responses_name_the_row_and_unsur(rows: list[list[object]], message: str) -> None:
    with pytest.raises(IkiError, match=message):
        skm(rows)


def test_answers_may_be_written_as_text() -> None:
    assert skm([["4", "3"], [Decimal(4), 3.0]]).exact_index == Fraction(7, 2) * 25


def test_unknown_standard() -> None:
    with pytest.raises(IkiError, match="no scale named 'skm-2018'"):
        skm(SURVEY, standard="skm-2018")


# --- SKP, PP 46/2011 -------------------------------------------------------------------------

TARGET = {"kuantitas": 12, "kualitas": 100, "waktu": 12}


@pytest.mark.parametrize(
    ("waktu", "expected"),
    [(12, "76.00"), (10, "92.67"), (8, "66.67"), (9, "75.00"), (13, "67.67")],
)
def test_skp_waktu_worked_examples(waktu: int, expected: str) -> None:
    score = skp_pp46(TARGET, {"kuantitas": 12, "kualitas": 100, "waktu": waktu})
    assert score.waktu == Decimal(expected)


def test_efficiency_of_exactly_24_percent_uses_the_first_formula() -> None:
    target = {"kuantitas": 1, "kualitas": 100, "waktu": 100}
    at_24 = skp_pp46(target, {"kuantitas": 1, "kualitas": 100, "waktu": 76})
    at_25 = skp_pp46(target, {"kuantitas": 1, "kualitas": 100, "waktu": 75})
    assert at_24.waktu == Decimal("100.00")  # (176 − 76) / 100 × 100
    assert at_25.waktu == Decimal("75.00")  # 76 − ((176 − 75) / 100 × 100 − 100)


def test_skp_nilai_is_the_mean_of_the_aspects() -> None:
    score = skp_pp46(TARGET, {"kuantitas": 11, "kualitas": "90,5", "waktu": 10})
    kuantitas, kualitas = Fraction(11, 12) * 100, Fraction(905, 10)
    waktu = (Fraction(176, 100) * 12 - 10) / 12 * 100
    assert score.exact == (kuantitas + kualitas + waktu) / 3
    assert (score.kuantitas, score.kualitas, score.waktu) == (
        Decimal("91.67"),
        Decimal("90.50"),
        Decimal("92.67"),
    )
    assert score.nilai == Decimal("91.61")
    assert score.biaya is None
    assert score.kategori == "Sangat Baik"


def test_skp_with_biaya() -> None:
    target = {**TARGET, "biaya": 10_000_000}
    score = skp_pp46(target, {"kuantitas": 12, "kualitas": 100, "waktu": 12, "biaya": 9_000_000})
    # biaya efficiency 10 % ≤ 24: (1,76 × 10 jt − 9 jt) / 10 jt × 100 = 86
    assert score.biaya == Decimal("86.00")
    assert score.nilai == Decimal("90.50")  # (100 + 100 + 76 + 86) / 4
    assert score.kategori == "Sangat Baik"


def test_skp_kategori_comes_from_the_skp_2013_scale() -> None:
    score = skp_pp46(TARGET, {"kuantitas": 9, "kualitas": 80, "waktu": 12})
    assert score.nilai == Decimal("77.00")  # (75 + 80 + 76) / 3
    assert score.kategori == scale("skp-2013").classify(score.exact).label == "Baik"


@pytest.mark.parametrize(
    ("target", "realisasi", "message"),
    [
        ({"kuantitas": 1, "kualitas": 100}, TARGET, "target has no waktu"),
        (TARGET, {"kuantitas": 1, "waktu": 12}, "realisasi has no kualitas"),
        ({**TARGET, "mutu": 1}, TARGET, "unknown aspect\\(s\\) mutu"),
        ({**TARGET, "biaya": 5}, TARGET, "biaya is given in only one"),
        ({**TARGET, "waktu": 0}, TARGET, "target waktu is 0: it must be above 0"),
        ({**TARGET, "biaya": 0}, {**TARGET, "biaya": 0}, "leave biaya out"),
        (TARGET, {**TARGET, "kuantitas": "dua belas"}, "realisasi kuantitas: 'dua belas'"),
    ],
)
def test_bad_skp_input_is_explained(
    target: dict[str, object], realisasi: dict[str, object], message: str
) -> None:
    with pytest.raises(IkiError, match=message):
        skp_pp46(target, realisasi)
