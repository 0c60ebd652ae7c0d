"""The shared registry of Indonesian units."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from importlib import resources

import pint
import pytest

from ikicalc.errors import IkiError
from ikicalc.rules.units import (
    UnitMismatchError,
    add,
    canonical_unit,
    compatible,
    convert,
    dimension,
    format_quantity,
    format_unit,
    is_unit,
    multiplier,
    quantity,
    registry,
    to_unit,
    unit_names,
)

COUNTING = [
    "orang",
    "pegawai",
    "PNS",
    "ASN",
    "tamu",
    "peserta",
    "dokumen",
    "surat",
    "laporan",
    "berkas",
    "kegiatan",
    "kali",
    "jenis",
    "unit",
    "buah",
    "eksemplar",
    "paket",
    "layanan",
    "RT",
    "RW",
    "kelurahan",
    "desa",
    "gedung",
]
TIME = ["hari", "minggu", "bulan", "triwulan", "semester", "tahun"]
MONEY = ["rupiah", "ribu", "juta", "miliar", "triliun"]
PEOPLE = ["orang", "pegawai", "PNS", "ASN", "tamu", "peserta"]
THINGS = [name for name in COUNTING if name not in PEOPLE]


def test_registry_is_built_once(monkeypatch: pytest.MonkeyPatch) -> None:
    first = registry()
    built = registry.cache_info().misses

    def no_second_registry(*args: object, **kwargs: object) -> None:
        raise AssertionError("the registry was built again")

    monkeypatch.setattr(pint, "UnitRegistry", no_second_registry)
    for _ in range(100):
        assert registry() is first
        assert quantity(1, "orang")._REGISTRY is first
    assert registry.cache_info().misses == built


def test_registry_is_a_pint_registry_with_only_our_units() -> None:
    reg = registry()
    assert isinstance(reg, pint.UnitRegistry)
    assert "meter" not in reg
    assert "second" not in reg


def test_definitions_live_in_the_data_file() -> None:
    text = resources.files("ikicalc").joinpath("data", "units.txt").read_text(encoding="utf-8")
    for name in [*COUNTING, *TIME, *MONEY, "persen"]:
        assert any(line.startswith(f"{name} ") for line in text.splitlines()), name


@pytest.mark.parametrize("name", [*COUNTING, *TIME, *MONEY, "persen"])
def test_every_issue_unit_is_known_by_its_own_name(name: str) -> None:
    assert canonical_unit(name) == name
    assert is_unit(name)
    assert name in unit_names()


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("Orang", "orang"),
        ("DOKUMEN", "dokumen"),
        ("rt", "RT"),
        ("pns", "PNS"),
        ("Rp", "rupiah"),
        ("%", "persen"),
        ("pelayanan", "layanan"),
        ("milyar", "miliar"),
        ("trilyun", "triliun"),
        (" bulan ", "bulan"),
    ],
)
def test_spellings_symbols_and_aliases(word: str, name: str) -> None:
    assert canonical_unit(word) == name


@pytest.mark.parametrize("word", ["keuangan", "meter", "", "2*orang", "orang/hari", "kg"])
def test_unknown_words_are_not_units(word: str) -> None:
    assert canonical_unit(word) is None
    assert not is_unit(word)


def test_pint_clashes_are_avoided() -> None:
    # In pint's default registry "unit" is micro-nit and "RT" ronna-tesla.
    assert str(quantity(1, "unit").dimensionality) == "[unit]"
    assert str(quantity(1, "RT").dimensionality) == "[RT]"
    assert str(quantity(1, "RW").dimensionality) == "[RW]"
    assert not compatible("RT", "RW")


@pytest.mark.parametrize("name", PEOPLE)
def test_people_share_one_dimension(name: str) -> None:
    assert dimension(name) == "[orang]"
    assert compatible(name, "orang")
    assert convert(3, name, "orang") == 3


def test_people_add_up_keeping_the_first_name() -> None:
    total = add(quantity(2, "PNS"), quantity(1, "orang"))
    assert total.magnitude == 3
    assert format_quantity(total) == "3 PNS"


@pytest.mark.parametrize("name", THINGS)
def test_each_counted_thing_is_its_own_dimension(name: str) -> None:
    others = [other for other in THINGS if other != name]
    assert all(not compatible(name, other) for other in others)
    assert not compatible(name, "orang")
    assert not compatible(name, "hari")


def test_adding_unlike_units_is_an_error() -> None:
    with pytest.raises(UnitMismatchError, match="orang") as info:
        add(quantity(2, "orang"), quantity(1, "hari"))
    assert isinstance(info.value, IkiError)
    assert (info.value.left, info.value.right) == ("orang", "hari")
    with pytest.raises(IkiError):
        add(quantity(2, "surat"), quantity(3, "laporan"))
    with pytest.raises(IkiError):
        add(quantity(2, "orang"), quantity(3))


@pytest.mark.parametrize(
    ("value", "source", "target", "expected"),
    [
        (1, "tahun", "bulan", Fraction(12)),
        (1, "tahun", "hari", Fraction(365)),
        (1, "bulan", "hari", Fraction(365, 12)),
        (1, "minggu", "hari", Fraction(7)),
        (1, "triwulan", "bulan", Fraction(3)),
        (1, "semester", "triwulan", Fraction(2)),
        (1, "tahun", "semester", Fraction(2)),
        (1, "tahun", "triwulan", Fraction(4)),
        (18, "bulan", "tahun", Fraction(3, 2)),
        ("1,5", "miliar", None, Fraction(1_500_000_000)),
        (2, "triliun", "juta", Fraction(2_000_000)),
        (80, "persen", None, Fraction(4, 5)),
        (80, "%", None, Fraction(4, 5)),
        (Fraction(1, 4), None, "persen", Fraction(25)),
        (Decimal("81.35"), "persen", "persen", Fraction(8135, 100)),
    ],
)
def test_exact_conversions(
    value: object, source: str | None, target: str | None, expected: Fraction
) -> None:
    result = convert(value, source, target)
    assert isinstance(result, Fraction)
    assert result == expected


def test_dimension_names() -> None:
    assert dimension("pegawai") == "[orang]"
    assert dimension("bulan") == "[waktu]"
    assert dimension("Rp") == "[uang]"
    assert dimension("persen") == ""
    assert dimension("juta") == ""


def test_money() -> None:
    money = quantity("1,5", "miliar") * quantity(1, "Rp")
    in_rupiah = to_unit(money, "rupiah")
    assert in_rupiah.magnitude == 1_500_000_000
    assert format_quantity(in_rupiah) == "1500000000 rupiah"
    assert multiplier("ribu") == 1000
    assert multiplier("jt") == 1_000_000
    assert multiplier("milyar") == 10**9
    assert multiplier("triliun") == 10**12
    assert multiplier("orang") is None
    assert multiplier("keuangan") is None


def test_magnitudes_stay_exact_fractions() -> None:
    q = quantity(Decimal("1.5"), "bulan")
    assert isinstance(q.magnitude, Fraction)
    days = to_unit(q, "hari")
    assert isinstance(days.magnitude, Fraction)
    assert days.magnitude == Fraction(365, 8)
    assert quantity(0.1).magnitude == Fraction(1, 10)
    third = quantity(Fraction(1, 3), "tahun")
    assert to_unit(third, "bulan").magnitude == 4


def test_incompatible_conversion_raises() -> None:
    with pytest.raises(UnitMismatchError, match="cannot express surat as laporan"):
        convert(2, "surat", "laporan")
    with pytest.raises(UnitMismatchError, match="a plain number"):
        convert(2, "orang", None)


@pytest.mark.parametrize(
    "unit", ["kg", "orang * 2", "__import__('os')", "orang; hari", "2", "meter"]
)
def test_unknown_units_raise_without_parsing(unit: str) -> None:
    with pytest.raises(IkiError, match="unknown unit"):
        quantity(1, unit)


def test_bad_values_raise() -> None:
    with pytest.raises(IkiError):
        quantity("dua", "orang")
    with pytest.raises(IkiError):
        quantity(float("nan"))


def test_compound_units_and_formatting() -> None:
    q = quantity(4, "jenis") * quantity(12, "bulan")
    assert format_quantity(q) == "48 jenis·bulan"
    reg = registry()
    assert q.to(reg.Unit("jenis") * reg.Unit("tahun")).magnitude == 4
    assert format_quantity(quantity("81,35", "%")) == "81,35 persen"
    assert format_quantity(quantity(Fraction(1, 3))) == "1/3"
    assert format_quantity(to_unit(quantity(1, "bulan"), "hari")) == "365/12 hari"


def test_compatible_accepts_quantities_and_units() -> None:
    assert compatible(quantity(1, "bulan"), "hari")
    assert compatible(registry().Unit("tahun"), quantity(2, "minggu"))
    assert not compatible(quantity(1, "orang"), quantity(1, "dokumen"))
    with pytest.raises(IkiError):
        compatible(3, "orang")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "dimension_", "one"),
    [
        *[(name, "[orang]", "1 orang") for name in PEOPLE],
        *[(name, f"[{name}]", f"1 {name}") for name in THINGS],
        ("hari", "[waktu]", "1 hari"),
        ("minggu", "[waktu]", "7 hari"),
        ("bulan", "[waktu]", "365/12 hari"),
        ("triwulan", "[waktu]", "91,25 hari"),
        ("semester", "[waktu]", "182,5 hari"),
        ("tahun", "[waktu]", "365 hari"),
        ("rupiah", "[uang]", "1 rupiah"),
        ("Rp", "[uang]", "1 rupiah"),
        ("ribu", "", "1000"),
        ("juta", "", "1000000"),
        ("miliar", "", "1000000000"),
        ("triliun", "", "1000000000000"),
        ("persen", "", "0,01"),
        ("%", "", "0,01"),
    ],
)
def test_each_issue_unit_in_its_base(name: str, dimension_: str, one: str) -> None:
    assert dimension(name) == dimension_
    base = {"[orang]": "orang", "[waktu]": "hari", "[uang]": "rupiah", "": None}.get(
        dimension_, name
    )
    assert format_quantity(to_unit(quantity(1, name), base)) == one


def test_format_unit_writes_powers_and_ratios() -> None:
    reg = registry()
    assert format_unit(reg.Unit("orang") * reg.Unit("hari")) == "orang·hari"
    assert format_unit(reg.Unit("orang") ** 2) == "orang²"
    assert format_unit(reg.Unit("dokumen") / reg.Unit("bulan")) == "dokumen/bulan"
    assert format_unit(reg.Unit("orang") / reg.Unit("hari") / reg.Unit("bulan")) == (
        "orang/(hari·bulan)"
    )
    assert format_unit(reg.Unit("hari") ** -1) == "1/hari"
    assert format_unit({"orang": 1, "hari": -2}) == "orang/hari²"
    assert format_unit(reg.dimensionless) == ""
    # pint itself cannot write Fraction powers on Python 3.11; format_quantity can
    assert format_quantity(quantity(2, "orang") * quantity(3, "orang")) == "6 orang²"


def test_unit_mismatch_error_keeps_its_api_and_can_point_into_a_formula() -> None:
    plain = UnitMismatchError("cannot add hari to orang", "orang", "hari")
    assert str(plain) == "cannot add hari to orang"
    assert (plain.left, plain.right, plain.left_text, plain.right_text) == (
        "orang",
        "hari",
        None,
        None,
    )
    text = "A + B x 2"
    positioned = UnitMismatchError(
        "cannot add 'A' (orang) to 'B x 2' (hari)",
        "orang",
        "hari",
        text=text,
        start=0,
        end=len(text),
        left_text="A",
        right_text="B x 2",
    )
    assert isinstance(positioned, IkiError)
    assert positioned.reason == "cannot add 'A' (orang) to 'B x 2' (hari)"
    assert (positioned.line, positioned.column, positioned.start, positioned.end) == (1, 1, 0, 9)
    assert str(positioned) == (
        "line 1, column 1: cannot add 'A' (orang) to 'B x 2' (hari)\n  A + B x 2\n  ^^^^^^^^^"
    )
