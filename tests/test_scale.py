"""Category scales: reading interval texts, the boundary rule, built-in and user scales."""

from __future__ import annotations

import doctest
import json
import tomllib
from decimal import Decimal
from fractions import Fraction
from importlib import resources
from pathlib import Path

import pytest
from conftest import CORPUS_PATH
from hypothesis import given, settings
from hypothesis import strategies as st

import ikicalc.rules.scales as scale_module
from ikicalc.errors import IkiError, ScaleSyntaxError
from ikicalc.numbers import round_half_up
from ikicalc.rules.scales import Interval, Scale, load_scales, register_scale, scale, scale_names

CORPUS = CORPUS_PATH

# Row 003-001 of the seed corpus (Kecamatan Bagor, 2019), verbatim.
SEED = (
    "Kategori Mutu Pelayanan, Nilai Interval IKM : 25,00 – 43,75 Tidak Baik 43,76 – 62,50 "
    "Kurang Baik 62,51 – 81,25 Baik 81,26 – 100,00 Sangat baik"
)


@pytest.fixture(autouse=True)
def _fresh_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scale_module, "_registered", {})


def test_seed_text_is_the_corpus_row() -> None:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    (row,) = [r for r in rows if r["id"] == "003-001"]
    assert row["formula"] == SEED


def test_seed_scale_reads_as_written() -> None:
    seed = Scale.parse(SEED)
    assert seed.title == "Kategori Mutu Pelayanan, Nilai Interval IKM"
    assert seed.labels == ("Tidak Baik", "Kurang Baik", "Baik", "Sangat baik")
    assert [c.interval.text for c in seed.categories] == [
        "25,00 – 43,75",
        "43,76 – 62,50",
        "62,51 – 81,25",
        "81,26 – 100,00",
    ]
    assert seed.places == 2
    assert all(c.grade is None for c in seed.categories)


@pytest.mark.parametrize(
    ("value", "label"),
    [
        ("25", "Tidak Baik"),
        ("43,75", "Tidak Baik"),
        ("43,754", "Tidak Baik"),
        ("43,755", "Kurang Baik"),
        (Decimal("43.755"), "Kurang Baik"),
        (43.755, "Kurang Baik"),
        (Fraction(8751, 200), "Kurang Baik"),
        ("62,50", "Kurang Baik"),
        ("62,504", "Kurang Baik"),
        ("62,505", "Baik"),
        ("81,25", "Baik"),
        ("81,26", "Sangat baik"),
        (100, "Sangat baik"),
        ("100,004", "Sangat baik"),
    ],
)
def test_seed_scale_boundary_rule(value: object, label: str) -> None:
    assert Scale.parse(SEED).classify(value).label == label


@pytest.mark.parametrize("value", ["24,994", "100,005", -1, 1000])
def test_value_outside_the_seed_scale_says_what_it_covers(value: object) -> None:
    with pytest.raises(IkiError, match=r"covers values from 25,00 to 100,00"):
        Scale.parse(SEED).classify(value)


def test_classify_rejects_what_is_not_a_number() -> None:
    with pytest.raises(IkiError, match="cannot classify 'baik'"):
        Scale.parse(SEED).classify("baik")


@pytest.mark.parametrize(
    ("text", "low", "high", "low_inclusive", "high_inclusive", "label"),
    [
        ("91 – 100 : Sangat Baik", 91, 100, True, True, "Sangat Baik"),
        ("≥ 91", 91, None, True, True, "≥ 91"),
        (">= 91 Sangat Baik", 91, None, True, True, "Sangat Baik"),
        ("> 85 Memuaskan", 85, None, False, True, "Memuaskan"),
        ("< 60", None, 60, True, False, "< 60"),
        ("<= 50", None, 50, True, True, "<= 50"),
        ("≤ 50 Buruk", None, 50, True, True, "Buruk"),
        ("91 ke atas", 91, None, True, True, "91 ke atas"),
        ("50 ke bawah Kurang", None, 50, True, True, "Kurang"),
        ("di atas 110%", 110, None, False, True, "di atas 110%"),
        ("di bawah 25 % Sangat Kurang", None, 25, True, False, "Sangat Kurang"),
        ("kurang dari 60 : Kurang", None, 60, True, False, "Kurang"),
        ("lebih dari 85 = Memuaskan", 85, None, False, True, "Memuaskan"),
        ("76 - 90 Baik", 76, 90, True, True, "Baik"),
        ("76 s.d. 90 Baik", 76, 90, True, True, "Baik"),
        ("76 s/d 90 Baik", 76, 90, True, True, "Baik"),
        ("76 sampai 90 Baik", 76, 90, True, True, "Baik"),
        ("76 sampai dengan 90 Baik", 76, 90, True, True, "Baik"),
        ("76% – 90% Baik", 76, 90, True, True, "Baik"),
        ("62.51 - 81.25 Baik", Fraction(6251, 100), Fraction(8125, 100), True, True, "Baik"),
    ],
)
def test_one_range_forms(
    text: str,
    low: int | Fraction | None,
    high: int | Fraction | None,
    low_inclusive: bool,
    high_inclusive: bool,
    label: str,
) -> None:
    (category,) = Scale.parse(text).categories
    interval = category.interval
    assert (interval.low, interval.high) == (low, high)
    assert (interval.low_inclusive, interval.high_inclusive) == (low_inclusive, high_inclusive)
    assert category.label == label


@pytest.mark.parametrize(
    "text",
    [
        "≥ 91 Sangat Baik\n76 – 90 Baik\n61 – 75 Cukup\n51 – 60 Kurang\n≤ 50 Buruk",
        "≥ 91 Sangat Baik; 76 – 90 Baik; 61 – 75 Cukup; 51 – 60 Kurang; ≤ 50 Buruk;",
        "91 ke atas : Sangat Baik\r\n76 s.d. 90 : Baik\r\n\r\n61 sampai 75 : Cukup\r\n"
        "51 - 60 : Kurang\r\n50 ke bawah : Buruk\r\n",
        "• ≥ 91 Sangat Baik\n• 76 – 90 Baik\n• 61 – 75 Cukup\n• 51 – 60 Kurang\n• ≤ 50 Buruk",
        "| ≥ 91 | Sangat Baik |\n| 76 – 90 | Baik |\n| 61 – 75 | Cukup |\n"
        "| 51 – 60 | Kurang |\n| ≤ 50 | Buruk |",
        "Sebutan : ≥ 91 Sangat Baik 76 – 90 Baik 61 – 75 Cukup 51 – 60 Kurang ≤ 50 Buruk",
    ],
)
def test_a_scale_written_many_ways_is_the_skp_scale(text: str) -> None:
    written = Scale.parse(text)
    official = scale("skp-2013")
    for value in ("50", "50,5", "60", "75,4", "75,5", "90,4", "90,5", "120"):
        assert written.classify(value).label == official.classify(value).label


def test_label_stops_before_a_comparison_phrase() -> None:
    written = Scale.parse("76 – 90 Kurang di atas 90 Baik")
    assert written.labels == ("Kurang", "Baik")


@pytest.mark.parametrize(
    ("text", "grade", "label"),
    [
        ("81,26 – 100,00 A Sangat Baik", "A", "Sangat Baik"),
        ("81,26 – 100,00 Sangat Baik (A)", "A", "Sangat Baik"),
        ("81,26 – 100,00 (A) Sangat Baik", "A", "Sangat Baik"),
        ("81,26 – 100,00 : B - Baik", "B", "Baik"),
        ("81,26 – 100,00 Amat Baik", None, "Amat Baik"),
    ],
)
def test_written_grades(text: str, grade: str | None, label: str) -> None:
    (category,) = Scale.parse(text).categories
    assert (category.grade, category.label) == (grade, label)


def test_integer_scale_rounds_to_whole_numbers() -> None:
    written = Scale.parse("91 – 100 : Sangat Baik\n76 – 90 : Baik")
    assert written.classify("90,4").label == "Baik"
    assert written.classify("90,5").label == "Sangat Baik"
    assert written.classify(Fraction(181, 2)).label == "Sangat Baik"


def test_exclusive_bounds_apply_after_rounding() -> None:
    written = Scale.parse("> 85 Memuaskan; ≤ 85 Belum Memuaskan")
    assert written.classify("85,4").label == "Belum Memuaskan"
    assert written.classify("85,5").label == "Memuaskan"


def test_a_gap_in_the_scale_is_reported_with_what_it_covers() -> None:
    gappy = Scale.parse("91 – 100 Sangat Baik\n70 – 80 Cukup")
    assert gappy.classify(80).label == "Cukup"
    with pytest.raises(IkiError, match=r"85 is outside .* values from 70 to 80 and from 91 to 100"):
        gappy.classify(85)


# --- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "words"),
    [
        ("91 Baik", 3, "expected '–' (or 's.d.'), 'ke atas' or 'ke bawah' here, found 'Baik'"),
        ("91 – Baik", 5, "expected a number here, found 'Baik'"),
        ("91 – 100 :", 10, "expected a label such as 'Baik' here, found the end of the text"),
        ("≥", 1, "expected a number here"),
        ("Baik", 0, "expected a range such as '91 – 100' or '≥ 91' here"),
        (
            "91 – 100 Baik\n76 – 90 Cukup 5",
            29,
            "expected '–' (or 's.d.'), 'ke atas' or 'ke bawah' here, found the end",
        ),
        ("91 – 100 Baik\n@ 76 – 90", 14, "expected a range such as '91 – 100' or '≥ 91' here"),
        ("91 – 100 Baik\n76 – 90 : : Baik", 24, "expected a label such as 'Baik' here, found ':'"),
    ],
)
def test_syntax_errors_point_at_the_problem_in_plain_words(
    text: str, start: int, words: str
) -> None:
    with pytest.raises(ScaleSyntaxError) as caught:
        Scale.parse(text)
    error = caught.value
    assert error.start == start
    assert words in error.reason
    assert "__" not in str(error)
    assert "NUMBER" not in str(error)
    assert str(error).endswith("^" * (error.end - error.start))


def test_empty_scale() -> None:
    with pytest.raises(ScaleSyntaxError, match="the scale is empty"):
        Scale.parse("  \n ")


def test_overlapping_ranges_are_refused() -> None:
    with pytest.raises(ScaleSyntaxError, match="overlaps '91 – 100' \\(Sangat Baik\\)") as caught:
        Scale.parse("91 – 100 Sangat Baik\n76 – 91 Baik")
    assert caught.value.start == len("91 – 100 Sangat Baik\n")


def test_ranges_that_only_overlap_after_rounding_are_refused() -> None:
    with pytest.raises(ScaleSyntaxError, match="overlaps"):
        Scale.parse("≥ 90,5 Sangat Baik; 76 – 90,54 Baik")


def test_reversed_range_is_refused() -> None:
    with pytest.raises(ScaleSyntaxError, match="write the smaller number first"):
        Scale.parse("100 – 91 Sangat Baik")


def test_label_before_its_range_is_read_and_mixed_placement_is_refused() -> None:
    # Issue 15 item 7: 'Sangat Baik : 91 – 100' is a label written first (it was refused
    # before); writing some labels first and others after their ranges is still refused.
    (category,) = Scale.parse("Sangat Baik : 91 – 100").categories
    assert category.label == "Sangat Baik"
    with pytest.raises(ScaleSyntaxError, match="write every label the same way"):
        Scale.parse("91 – 100 Sangat Baik\nBaik : 76 – 90 Baik")


# --- built-in scales ---------------------------------------------------------------------------

BOUNDARIES: dict[str, list[tuple[str, str | None, str]]] = {
    "ikm-2004": [
        ("25,00", "D", "Tidak Baik"),
        ("43,75", "D", "Tidak Baik"),
        ("43,76", "C", "Kurang Baik"),
        ("62,50", "C", "Kurang Baik"),
        ("62,51", "B", "Baik"),
        ("81,25", "B", "Baik"),
        ("81,26", "A", "Sangat Baik"),
        ("100,00", "A", "Sangat Baik"),
    ],
    "skm-2017": [
        ("25,00", "D", "Tidak Baik"),
        ("64,99", "D", "Tidak Baik"),
        ("64,994", "D", "Tidak Baik"),
        ("64,995", "C", "Kurang Baik"),
        ("65,00", "C", "Kurang Baik"),
        ("76,60", "C", "Kurang Baik"),
        ("76,61", "B", "Baik"),
        ("88,30", "B", "Baik"),
        ("88,31", "A", "Sangat Baik"),
        ("100,00", "A", "Sangat Baik"),
    ],
    "skp-2013": [
        ("0", None, "Buruk"),
        ("50", None, "Buruk"),
        ("50,49", None, "Buruk"),
        ("50,5", None, "Kurang"),
        ("51", None, "Kurang"),
        ("60", None, "Kurang"),
        ("61", None, "Cukup"),
        ("75", None, "Cukup"),
        ("76", None, "Baik"),
        ("90", None, "Baik"),
        ("90,4", None, "Baik"),
        ("90,5", None, "Sangat Baik"),
        ("91", None, "Sangat Baik"),
        ("120", None, "Sangat Baik"),
    ],
    "peringkat-5": [
        ("0", None, "Sangat Kurang"),
        ("50", None, "Sangat Kurang"),
        ("51", None, "Kurang"),
        ("65", None, "Kurang"),
        ("66", None, "Cukup"),
        ("75", None, "Cukup"),
        ("76", None, "Baik"),
        ("90", None, "Baik"),
        ("91", None, "Sangat Baik"),
        ("100", None, "Sangat Baik"),
        ("100,4", None, "Sangat Baik"),
    ],
    # PermenPAN-RB 8/2021: capaian is read as a whole percent (half-up), so the printed gaps
    # 59–60, 79–80, 99–100 and 100–101 % split at the half.
    "capaian-iki-2021": [
        ("-20", None, "Sangat Kurang"),
        ("0", None, "Sangat Kurang"),
        ("59", None, "Sangat Kurang"),
        ("59,49", None, "Sangat Kurang"),
        ("59,5", None, "Kurang"),
        ("60", None, "Kurang"),
        ("79", None, "Kurang"),
        ("79,49", None, "Kurang"),
        ("79,5", None, "Cukup"),
        ("80", None, "Cukup"),
        ("99", None, "Cukup"),
        ("99,49", None, "Cukup"),
        ("99,5", None, "Baik"),
        ("100", None, "Baik"),
        ("100,49", None, "Baik"),
        ("100,5", None, "Sangat Baik"),
        ("101", None, "Sangat Baik"),
        ("110", None, "Sangat Baik"),
        ("250", None, "Sangat Baik"),
    ],
    # PP 30/2019 Pasal 41 ayat (5), half-open bounds, nilai rounded half-up to 2 places.
    "pp30-2019": [
        ("-1", None, "Sangat Kurang"),
        ("49,99", None, "Sangat Kurang"),
        ("49,994", None, "Sangat Kurang"),
        ("49,995", None, "Kurang"),
        ("50", None, "Kurang"),
        ("69,99", None, "Kurang"),
        ("69,995", None, "Cukup"),
        ("70", None, "Cukup"),
        ("89,99", None, "Cukup"),
        ("89,995", None, "Baik"),
        ("90", None, "Baik"),
        ("120", None, "Baik"),
        ("120,004", None, "Baik"),
    ],
    # PermenPAN-RB 88/2021: "> 90 – 100" excludes 90.
    "sakip": [
        ("0", "D", "Sangat Kurang"),
        ("30", "D", "Sangat Kurang"),
        ("30,004", "D", "Sangat Kurang"),
        ("30,005", "C", "Kurang"),
        ("30,01", "C", "Kurang"),
        ("50", "C", "Kurang"),
        ("50,01", "CC", "Cukup (Memadai)"),
        ("60", "CC", "Cukup (Memadai)"),
        ("60,01", "B", "Baik"),
        ("70", "B", "Baik"),
        ("70,01", "BB", "Sangat Baik"),
        ("80", "BB", "Sangat Baik"),
        ("80,01", "A", "Memuaskan"),
        ("90", "A", "Memuaskan"),
        ("90,004", "A", "Memuaskan"),
        ("90,005", "AA", "Sangat Memuaskan"),
        ("100", "AA", "Sangat Memuaskan"),
    ],
}


@pytest.mark.parametrize(
    ("name", "value", "grade", "label"),
    [(name, *row) for name, rows in BOUNDARIES.items() for row in rows],
)
def test_built_in_boundaries(name: str, value: str, grade: str | None, label: str) -> None:
    category = scale(name).classify(value)
    assert (category.grade, category.label) == (grade, label)


@pytest.mark.parametrize(
    ("name", "value", "covers"),
    [
        ("ikm-2004", "24,99", "from 25,00 to 100,00"),
        ("ikm-2004", "100,01", "from 25,00 to 100,00"),
        ("skm-2017", "24,99", "from 25,00 to 100,00"),
        ("skm-2017", "100,01", "from 25,00 to 100,00"),
        ("peringkat-5", "100,5", "up to 100"),
        ("pp30-2019", "120,01", "up to 120,00"),
        ("sakip", "-0,01", "from 0,00 to 100,00"),
        ("sakip", "100,01", "from 0,00 to 100,00"),
    ],
)
def test_built_in_scales_refuse_values_outside(name: str, value: str, covers: str) -> None:
    with pytest.raises(IkiError, match=f"outside this scale '{name}': it covers values {covers}"):
        scale(name).classify(value)


@pytest.mark.parametrize(
    ("name", "source", "unsur"),
    [
        ("ikm-2004", "KEP/25/M.PAN/2/2004", 14),
        ("skm-2017", "Nomor 14 Tahun 2017", 9),
        ("skp-2013", "Nomor 46 Tahun 2011", None),
        ("peringkat-5", "LKjIP", None),
        ("capaian-iki-2021", "Nomor 8 Tahun 2021", None),
        ("pp30-2019", "Pasal 41", None),
        ("sakip", "Nomor 88 Tahun 2021", None),
    ],
)
def test_built_in_scales_carry_their_legal_source(
    name: str, source: str, unsur: int | None
) -> None:
    found = scale(name)
    assert found.source is not None
    assert source in found.source
    assert found.unsur == unsur
    assert found.name == name


def test_the_seed_text_is_the_ikm_2004_scale() -> None:
    seed, official = Scale.parse(SEED), scale("ikm-2004")
    assert [c.interval for c in seed.categories] == [c.interval for c in official.categories]


def test_unknown_scale_name_suggests_the_closest() -> None:
    with pytest.raises(IkiError, match="did you mean 'skm-2017'"):
        scale("skm 2017")


def test_names_ignore_case_and_spaces() -> None:
    assert scale(" SKM-2017 ") is scale("skm-2017")


def _domain_values(found: Scale) -> st.SearchStrategy[Fraction]:
    lows = [c.interval.low for c in found.categories]
    highs = [c.interval.high for c in found.categories]
    low = Fraction(-1000) if None in lows else min(v for v in lows if v is not None)
    high = Fraction(1000) if None in highs else max(v for v in highs if v is not None)
    fine = Fraction(1, 10 ** (found.places + 3))
    steps = int((high - low) / fine)
    return st.integers(0, steps).map(lambda k: low + k * fine)


ALL_SCALES = [*BOUNDARIES, "seed"]


def test_every_built_in_scale_has_its_boundaries_listed() -> None:
    data = resources.files("ikicalc").joinpath("data", "scales.toml").read_text(encoding="utf-8")
    assert set(BOUNDARIES) == set(tomllib.loads(data))


def _step(found: Scale) -> Fraction:
    return Fraction(1, 10**found.places)


@pytest.mark.parametrize("name", list(BOUNDARIES))
def test_every_boundary_of_every_built_in_scale_on_both_sides(name: str) -> None:
    # Each written bound belongs to its own range (or, for '>'/'<', to the one beside it)
    # and the next value on the scale's grid, on the other side, to the neighbouring range.
    found = scale(name)
    step = _step(found)
    for category in found.categories:
        interval = category.interval
        sides = []
        if interval.low is not None:
            first = interval.low if interval.low_inclusive else interval.low + step
            sides.append((first, first - step))
        if interval.high is not None:
            last = interval.high if interval.high_inclusive else interval.high - step
            sides.append((last, last + step))
        for inside, outside in sides:
            assert found.classify(inside) == category
            try:
                neighbour = found.classify(outside)
            except IkiError:
                continue  # the edge of the scale's domain
            assert neighbour != category


@pytest.mark.parametrize("name", ALL_SCALES)
@given(data=st.data())
def test_each_scale_covers_its_domain_without_overlap(name: str, data: st.DataObject) -> None:
    found = Scale.parse(SEED) if name == "seed" else scale(name)
    value = data.draw(_domain_values(found))
    rounded = found.rounded(value)
    matches = [c for c in found.categories if c.interval.contains(rounded)]
    assert len(matches) == 1
    assert found.classify(value) == matches[0]


# --- user scales ---------------------------------------------------------------------------


def test_register_scale_from_text() -> None:
    registered = register_scale("mutu-bagor", SEED)
    assert scale("mutu-bagor") is registered
    assert "mutu-bagor" in scale_names()
    assert registered.classify("81,35").label == "Sangat baik"


def test_register_scale_from_data() -> None:
    data = {
        "source": "Keputusan Camat (contoh)",
        "categories": [
            {"range": "≥ 95", "label": "Istimewa", "grade": "A"},
            {"range": "80 – 94", "label": "Baik", "grade": "B"},
            {"range": "< 80", "label": "Perlu Perbaikan", "grade": "C"},
        ],
    }
    registered = register_scale("kecamatan", data)
    assert registered.classify("94,5").grade == "A"
    assert registered.classify("79,5").label == "Baik"
    assert registered.classify("79,4").label == "Perlu Perbaikan"
    assert registered.source == "Keputusan Camat (contoh)"


def test_names_in_use_need_replace() -> None:
    register_scale("contoh", "≥ 50 Lulus; < 50 Tidak Lulus")
    with pytest.raises(IkiError, match="exists already"):
        register_scale("contoh", "≥ 60 Lulus; < 60 Tidak Lulus")
    with pytest.raises(IkiError, match="exists already"):
        register_scale("skm-2017", SEED)
    register_scale("contoh", "≥ 60 Lulus; < 60 Tidak Lulus", replace=True)
    assert scale("contoh").classify(55).label == "Tidak Lulus"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "give 'categories'"),
        ({"categories": [{"label": "Baik"}]}, "category 1: give 'range'"),
        ({"categories": [{"range": "≥ 91"}]}, "category 1: give its 'label'"),
        ({"categories": [{"range": "≥ 91 Baik", "label": "Baik"}]}, "one range without a label"),
        (
            {"categories": [{"range": "≥ 91", "label": "A"}, {"range": "80 – 91", "label": "B"}]},
            "scale 'bad': this range overlaps",
        ),
    ],
)
def test_bad_scale_data_is_explained(data: dict[str, object], message: str) -> None:
    with pytest.raises(IkiError, match=message):
        register_scale("bad", data)


def test_load_scales_from_toml_and_yaml(tmp_path: Path) -> None:
    toml = tmp_path / "skala.toml"
    toml.write_text(
        '[lulus]\nsource = "contoh"\n'
        'categories = [{ range = "≥ 60", label = "Lulus" }, { range = "< 60", label = "Gagal" }]\n'
        "[teks]\n",
        encoding="utf-8",
    )
    with pytest.raises(IkiError, match="give 'categories'"):
        load_scales(toml)
    assert "lulus" not in scale_names()  # nothing is registered from a file with an error
    toml.write_text(
        '[lulus]\nsource = "contoh"\n'
        'categories = [{ range = "≥ 60", label = "Lulus" }, { range = "< 60", label = "Gagal" }]\n',
        encoding="utf-8",
    )
    assert load_scales(toml) == ("lulus",)
    assert scale("lulus").classify("59,5").label == "Lulus"
    yaml_file = tmp_path / "skala.yaml"
    yaml_file.write_text("mutu: |\n  91 – 100 Sangat Baik\n  ≤ 90 Baik\n", encoding="utf-8")
    assert load_scales(yaml_file) == ("mutu",)
    assert scale("mutu").classify(95).label == "Sangat Baik"


def test_load_scales_reports_an_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(IkiError, match="cannot read scales"):
        load_scales(tmp_path / "missing.toml")


def test_the_documented_examples_run() -> None:
    guide = Path(__file__).resolve().parents[1] / "docs" / "scales.md"
    failures, tried = doctest.testfile(
        str(guide), module_relative=False, optionflags=doctest.ELLIPSIS
    )
    assert tried > 10
    assert failures == 0


# --- robustness (issue 8): numbers, limits, long texts ----------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "reason"),
    [
        ("1,2.3,4 – 5 Baik", 0, "'1,2.3,4' has more than one decimal separator"),
        ("0 – 2.5.3 Baik", 4, "'2.5.3' is not a number: '.' groups thousands here"),
        ("0 – " + "9" * 31 + " Baik", 4, "a number with more than 30 digits is not supported"),
    ],
)
def test_numbers_that_cannot_be_read_are_positioned_errors(
    text: str, start: int, reason: str
) -> None:
    with pytest.raises(ScaleSyntaxError) as caught:
        Scale.parse(text)
    assert caught.value.start == start
    assert reason in caught.value.reason


def test_limits_of_every_reader_apply_to_scales() -> None:
    with pytest.raises(ScaleSyntaxError, match="at most 10000 are read"):
        Scale.parse("91 – 100 Sangat Baik\n" * 1_000)
    with pytest.raises(ScaleSyntaxError, match="brackets nest more than 64 deep"):
        Scale.parse("91 – 100 " + "(" * 65 + "A" + ")" * 65)
    with pytest.raises(ScaleSyntaxError, match="a scale is text, not list"):
        Scale.parse(["91 – 100 Baik"])  # type: ignore[arg-type]


def test_a_label_ends_before_a_comparison_after_any_run_of_spaces() -> None:
    # the label pattern looks for 'di atas …' once per run of spaces (linear, not quadratic)
    read = Scale.parse("50 – 100 Baik" + " " * 5_000 + "di atas 100 Istimewa")
    assert read.labels == ("Baik", "Istimewa")
    assert Scale.parse("50 – 100 Sangat   Baik").labels == ("Sangat   Baik",)


def test_a_heading_needs_its_colon() -> None:
    assert Scale.parse("Nilai Interval IKM : 91 – 100 Baik").title == "Nilai Interval IKM"
    with pytest.raises(ScaleSyntaxError, match="expected a range"):
        Scale.parse("Nilai Interval IKM " * 400)


# --- scales as other documents write them (issue 15 item 7) ---------------------------------


def _ranges(found: Scale) -> list[tuple[object, ...]]:
    return [
        (
            c.grade,
            c.label,
            c.interval.low,
            c.interval.low_inclusive,
            c.interval.high,
            c.interval.high_inclusive,
        )
        for c in found.categories
    ]


SAKIP_ROWS = [
    ("AA", "Sangat Memuaskan", 90, False, 100, True),
    ("A", "Memuaskan", 80, False, 90, True),
    ("BB", "Sangat Baik", 70, False, 80, True),
]


@pytest.mark.parametrize(
    "text",
    [
        "AA > 90 - 100 Sangat Memuaskan\nA > 80 - 90 Memuaskan\nBB > 70 - 80 Sangat Baik",
        "AA > 90 - 100 Sangat Memuaskan A > 80 - 90 Memuaskan BB > 70 - 80 Sangat Baik",
        "AA > 90 – 100 : Sangat Memuaskan; A > 80 – 90 : Memuaskan; BB > 70 – 80 : Sangat Baik",
        "• AA > 90 - 100 Sangat Memuaskan\n• A > 80 - 90 Memuaskan\n• BB > 70 - 80 Sangat Baik",
    ],
)
def test_grade_codes_first_and_above_to_ranges(text: str) -> None:
    assert _ranges(Scale.parse(text)) == SAKIP_ROWS


def test_above_to_without_grades() -> None:
    found = Scale.parse("> 85 - 100 : Sangat Memuaskan\n> 70 - 85 : Memuaskan")
    assert found.labels == ("Sangat Memuaskan", "Memuaskan")
    assert found.classify(85).label == "Memuaskan"
    assert found.classify("85,5").label == "Sangat Memuaskan"
    with pytest.raises(IkiError, match="above 70 to 100"):
        found.classify(70)


def test_grade_at_the_start_of_a_line_before_a_number() -> None:
    found = Scale.parse("D 0 – 30 Sangat Kurang\nC > 30 – 50 Kurang")
    assert [(c.grade, c.label) for c in found.categories] == [
        ("D", "Sangat Kurang"),
        ("C", "Kurang"),
    ]
    # Mid-line a letter after a range stays the label of that range.
    assert Scale.parse("25,00 – 43,75 D 43,76 – 62,50 C").labels == ("D", "C")


def test_lkjip_comparison_ranges() -> None:
    # LKjIP Inspektorat Daerah Kabupaten Sampang 2019, Tabel 3.1 (interval nilai realisasi).
    found = Scale.parse(
        "91 % ≤ 100 % Sangat Baik\n76 % ≤ 90% Baik\n66 % ≤ 75 % Cukup\n51 % ≤ 65 % Kurang\n"
        "≤ 50 % Sangat Kurang"
    )
    official = scale("peringkat-5")
    for value in ("0", "50", "51", "65", "66", "75", "76", "90", "90,5", "91", "100"):
        assert found.classify(value).label == official.classify(value).label


@pytest.mark.parametrize(
    ("text", "low", "low_inclusive", "high", "high_inclusive"),
    [
        ("50 ≤ x < 70 Kurang", 50, True, 70, False),
        ("50 < x ≤ 70 Kurang", 50, False, 70, True),
        ("50 ≤ nilai ≤ 70 Kurang", 50, True, 70, True),
        ("86 % ≤ 100 % Kurang", 86, True, 100, True),
        ("lebih besar dari 50 Kurang", 50, False, None, True),
        ("lebih kecil dari 50 Kurang", None, True, 50, False),
        ("lebih dari atau sama dengan 50 Kurang", 50, True, None, True),
        ("kurang dari atau sama dengan 50 Kurang", None, True, 50, True),
        ("50 sampai dengan 70 Kurang", 50, True, 70, True),
        ("50 s.d. 70 Kurang", 50, True, 70, True),
    ],
)
def test_comparison_and_word_forms(
    text: str, low: int | None, low_inclusive: bool, high: int | None, high_inclusive: bool
) -> None:
    ((_, label, *interval),) = _ranges(Scale.parse(text))
    assert label == "Kurang"
    assert interval == [low, low_inclusive, high, high_inclusive]


@pytest.mark.parametrize(
    "text",
    [
        "Sangat Baik : 91 – 100\nBaik = 76 s.d. 90\nCukup : 61 – 75",
        "Sangat Baik : 91 – 100; Baik : 76 – 90; Cukup : 61 – 75",
        "- Sangat Baik : 91 – 100\n- Baik : 76 – 90\n- Cukup : 61 – 75",
        "1. Sangat Baik : 91 – 100\n2. Baik : 76 – 90\n3. Cukup : 61 – 75",
        "Kategori:\nSangat Baik : 91 – 100\nBaik : 76 – 90\nCukup : 61 – 75",
    ],
)
def test_labels_written_first(text: str) -> None:
    found = Scale.parse(text)
    assert found.labels == ("Sangat Baik", "Baik", "Cukup")
    assert found.classify(76).label == "Baik"
    if text.startswith("Kategori"):
        assert found.title == "Kategori"


@pytest.mark.parametrize(
    "text",
    [
        "> 80 Sangat Baik\n> 60 Baik\n> 40 Cukup\n0 - 40 Kurang",
        "> 80 Sangat Baik; > 60 Baik; > 40 Cukup; 0 - 40 Kurang",
        "> 80 Sangat Baik > 60 Baik > 40 Cukup 0 - 40 Kurang",
    ],
)
def test_a_list_of_thresholds_is_read_as_bands(text: str) -> None:
    found = Scale.parse(text)
    assert _ranges(found) == [
        (None, "Sangat Baik", 80, False, None, True),
        (None, "Baik", 60, False, 80, True),
        (None, "Cukup", 40, False, 60, True),
        (None, "Kurang", 0, True, 40, True),
    ]
    assert [found.classify(v).label for v in (0, 40, 41, 60, 61, 80, 81, 500)] == [
        "Kurang",
        "Kurang",
        "Cukup",
        "Cukup",
        "Baik",
        "Baik",
        "Sangat Baik",
        "Sangat Baik",
    ]


def test_thresholds_from_below_are_bands_too() -> None:
    found = Scale.parse("< 40 Kurang; < 60 Cukup; < 80 Baik; ≥ 80 Sangat Baik")
    assert [found.classify(v).label for v in (-5, 39, 40, 59, 60, 79, 80)] == [
        "Kurang",
        "Kurang",
        "Cukup",
        "Cukup",
        "Baik",
        "Baik",
        "Sangat Baik",
    ]


def test_a_named_quantity_before_its_comparison() -> None:
    found = Scale.parse(
        "IPM < 60 = rendah\n60 ≤ IPM < 70 = sedang\n70 ≤ IPM < 80 = tinggi\nIPM ≥ 80 = sangat tinggi"
    )
    assert found.title == "IPM"
    assert found.labels == ("rendah", "sedang", "tinggi", "sangat tinggi")
    assert [found.classify(v).label for v in ("59,4", "59,5", 70, 80)] == [
        "rendah",
        "sedang",
        "tinggi",
        "sangat tinggi",
    ]


def test_scores_after_an_arrow() -> None:
    found = Scale.parse("81–100 % → nilai 100\n66–80 % → nilai 80\n< 66 % -> nilai 60")
    assert [(c.label, c.score) for c in found.categories] == [
        ("nilai 100", 100),
        ("nilai 80", 80),
        ("nilai 60", 60),
    ]
    assert found.classify(70).score == 80


def test_gaps_and_overlaps_in_new_forms_stay_what_they_were() -> None:
    with pytest.raises(ScaleSyntaxError, match="overlaps"):
        Scale.parse("AA > 80 - 100 Sangat Memuaskan\nA > 70 - 90 Memuaskan")
    gappy = Scale.parse("Sangat Baik : 91 – 100\nCukup : 61 – 75")
    with pytest.raises(IkiError, match="outside this scale"):
        gappy.classify(80)


def _number(value: Fraction, places: int) -> str:
    return str(round_half_up(value, places)).replace(".", ",")


def _range_forms(interval: Interval, places: int) -> list[str]:
    low = None if interval.low is None else _number(interval.low, places)
    high = None if interval.high is None else _number(interval.high, places)
    if low is not None and high is not None:
        if interval.low_inclusive and interval.high_inclusive:
            return [
                f"{low} – {high}",
                f"{low} s.d. {high}",
                f"{low} ≤ {high}",
                f"{low} ≤ x ≤ {high}",
            ]
        if not interval.low_inclusive and interval.high_inclusive:
            return [f"> {low} – {high}", f"{low} < x ≤ {high}"]
        sign = "<" if not interval.high_inclusive else "≤"
        first = "≤" if interval.low_inclusive else "<"
        return [f"{low} {first} x {sign} {high}"]
    if low is not None:
        if interval.low_inclusive:
            return [f"≥ {low}", f"{low} ke atas", f"minimal {low}"]
        return [f"> {low}", f"di atas {low}", f"lebih besar dari {low}"]
    assert high is not None
    if interval.high_inclusive:
        return [f"≤ {high}", f"{high} ke bawah"]
    return [f"< {high}", f"di bawah {high}", f"kurang dari {high}"]


@pytest.mark.parametrize("name", list(BOUNDARIES))
@settings(deadline=None)
@given(data=st.data())
def test_built_in_scales_written_in_the_forms_documents_use_read_back(
    name: str, data: st.DataObject
) -> None:
    official = scale(name)
    label_first = data.draw(st.booleans())
    separator = data.draw(
        st.sampled_from(["\n", "; ", "\n• ", "\n- "] + ([] if label_first else [" "]))
    )
    grades_first = data.draw(st.booleans())
    lines = []
    for index, category in enumerate(official.categories):
        written = data.draw(st.sampled_from(_range_forms(category.interval, official.places)))
        label = category.label
        # A grade code stands first before a comparison, or before a number at a line start.
        line_start = index == 0 or (separator.strip() != ";" and "\n" in separator)
        if label_first:
            lines.append(f"{label} {data.draw(st.sampled_from([':', '=']))} {written}")
        elif grades_first and category.grade and (written[0] in "<>≤≥" or line_start):
            lines.append(f"{category.grade} {written} {label}")
        else:
            lines.append(f"{written}{data.draw(st.sampled_from([' ', ' : ']))}{label}")
    text = (
        separator.lstrip(" ").join(lines) if separator.startswith("\n") else separator.join(lines)
    )
    if separator.startswith("\n") and separator.strip():
        text = separator.strip() + " " + text
    read = Scale.parse(text)
    assert read.labels == official.labels, text
    for mine, theirs in zip(read.categories, official.categories, strict=True):
        a, b = mine.interval, theirs.interval
        assert (a.low, a.high, a.low_inclusive, a.high_inclusive) == (
            b.low,
            b.high,
            b.low_inclusive,
            b.high_inclusive,
        ), text
        if mine.grade is not None:
            assert mine.grade == theirs.grade
