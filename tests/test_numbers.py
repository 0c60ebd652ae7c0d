

def test_one_home_for_numbers_as_indonesians_write_them() -> None:
    from decimal import Decimal
    from fractions import Fraction

    from ikicalc.numbers import indonesian, rounded

    assert indonesian(Decimal("1234.5")) == "1234,5"
    assert indonesian(Decimal("1234.5"), group=True, places=2) == "1.234,50"
    assert indonesian(Decimal("1E+3")) == "1000"
    assert indonesian(Decimal("-0.125")) == "-0,125"
    assert rounded(None) is None
    assert rounded(Fraction(1, 8)) == Decimal("0.13")


def test_one_did_you_mean() -> None:
    from ikicalc.names import closest, did_you_mean

    assert closest("Jumlah PNS yang hadr", ["Jumlah PNS", "Jumlah PNS yg hadir"]) == (
        "Jumlah PNS yg hadir"
    )
    assert closest("Jumlah PNS", ["Jumlah PNS yg hadir"]) is None
    assert did_you_mean("skm2017", ["skm-2017", "skp-2013"]) == "; did you mean 'skm-2017'?"


def test_names_that_differ_only_in_their_numbers_are_never_suggested_for_each_other() -> None:
    from ikicalc.names import closest

    assert closest("Kolom (7)", ["Kolom (12)"]) is None
    assert closest("Realisasi 2019", ["Realisasi 2020", "Realisasi 2O19"]) == "Realisasi 2O19"
    assert closest("Realisasi Tahun n-1", ["Realisasi Tahun n-2"]) is None
