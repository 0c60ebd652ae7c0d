"""Σ as an equation editor's export leaves it (issue 14, causes 4, 6, 7): its limits on
lines of their own, its summand a product over the index, the legend repeating the sum.
The real cell quoted with its id in ``tests/data/public-cells.jsonl``, and the same family
written with other symbols, limits and names."""

from __future__ import annotations

from fractions import Fraction

from ikicalc import lint
from ikicalc.lang import ast
from ikicalc.lang.parser import parse
from ikicalc.lang.sigma import INDEXED_PRODUCT

# kejaksaan-kepja-1184-2025-iku-github#08 (Kepja 1184/2025)
TKSRS = (
    "Perhitungan nilai tingkat kepuasan Stakeholder terhadap Rumah Sakit Adhyaksa, Klinik "
    "Adhyaksa,\ndan Fasilitas Kesehatan Yustisial lainnya sebagai berikut.\nTKSRS = (\n∑ Ri × Pi"
    "\n5\ni=1\n5 x ∑ Pi\n5\ni=1\n) x 100%\nTKSRS : Tingkat kepuasan Stakeholder terhadap Rumah "
    "Sakit Adhyaksa, Klinik Adhyaksa,\ndan Fasilitas Kesehatan Yustisial lainnya\nRi : rating i "
    "yang diberikan pada suatu pernyataan kuesioner yang menggunakan\nskala Likert 1-5;\nPi : "
    "jumlah pernyataan kuesioner yang memperoleh rating I;\n∑ 𝑅𝑖 × 𝑃𝑖\n5\ni=1\n: total "
    "penjumlahan dari perkalian rating i dengan jumlah pernyataan yang\nmemberikan rating i;\n"
    "∑ 𝑃𝑖\n5\ni=1\n: total penjumlahan pernyataan kuesioner yang memperoleh rating i."
)
RATING = "rating i yang diberikan pada suatu pernyataan kuesioner yang menggunakan skala Likert 1-5"
COUNT = "jumlah pernyataan kuesioner yang memperoleh rating I"


def test_kepja_limits_set_aside_the_product_summed() -> None:
    formula = parse(TKSRS)
    assert formula.variables == (RATING, COUNT)
    data = {RATING: [1, 2, 3, 4, 5], COUNT: [0, 1, 2, 3, 4]}
    weighted = Fraction(0 + 2 + 6 + 12 + 20)
    assert formula.evaluate(data).exact == weighted / (5 * 10) * 100
    assert any(guess.reason == INDEXED_PRODUCT for guess in formula.guesses)
    assert "W110" in {d.code for d in lint(TKSRS)}
    assert parse(str(formula)) == formula


def test_same_family_an_upper_limit_n_and_other_names() -> None:
    text = (
        "IKM = (\n∑ Ni × Bi\nn\ni=1\n4 x ∑ Bi\nn\ni=1\n) x 100%\n"
        "Ni : nilai unsur pelayanan ke-i\nBi : bobot unsur pelayanan ke-i"
    )
    formula = parse(text)
    assert formula.variables == ("nilai unsur pelayanan ke-i", "bobot unsur pelayanan ke-i")
    data = {"nilai unsur pelayanan ke-i": [4, 2], "bobot unsur pelayanan ke-i": [1, 3]}
    assert formula.evaluate(data).exact == Fraction(4 + 6, 4 * 4) * 100


def test_same_family_the_lower_limit_first_index_j() -> None:
    text = (
        "Skor =\n∑ Sj x Wj\nj=1\nm\n∑ Wj\nj=1\nm\n"
        "Sj : skor indikator ke-j\nWj : bobot indikator ke-j"
    )
    formula = parse(text)
    assert isinstance(formula.expr, ast.Binary)
    assert isinstance(formula.expr.left, ast.Aggregate)
    data = {"skor indikator ke-j": [80, 60], "bobot indikator ke-j": [1, 3]}
    assert formula.evaluate(data).exact == Fraction(80 + 180, 4)


def test_a_factor_without_the_index_is_not_summed_with_the_product() -> None:
    text = "Nilai =\n∑ Ni × B\nn\ni=1\nJumlah unsur\nNi : nilai unsur ke-i\nB : bobot tetap"
    formula = parse(text)
    assert not any(guess.reason == INDEXED_PRODUCT for guess in formula.guesses)
    assert not any(isinstance(node, ast.Aggregate) for node in ast.walk(formula.expr))


def test_a_scale_glued_to_the_end_of_the_denominator_multiplies_the_fraction() -> None:
    # blitar-disnaker-pengukuran-kinerja-2017-pdfslide#01 (batch 10), mathematical italics
    text = "∑ 𝑝𝑒𝑠𝑒𝑟𝑡𝑎 𝑝𝑒𝑙𝑎𝑡𝑖ℎ𝑎𝑛 𝑦𝑎𝑛𝑔 𝑙𝑢𝑙𝑢𝑠\n\n∑ 𝑠𝑒𝑙𝑢𝑟𝑢ℎ 𝑝𝑒𝑠𝑒𝑟𝑡𝑎 𝑝𝑒𝑙𝑎𝑡𝑖ℎ𝑎𝑛× 100%"
    data = {"peserta pelatihan yang lulus": [3, 5], "seluruh peserta pelatihan": [4, 6]}
    assert parse(text).evaluate(data).exact == Fraction(8, 10) * 100
    other = "Jumlah sekolah terakreditasi\n\nJumlah seluruh sekolah× 100%"
    data = {"Jumlah sekolah terakreditasi": 3, "Jumlah seluruh sekolah": 4}
    assert parse(other).evaluate(data).exact == 75


# jabar-kepgub-061-2015-iku-pemprov-github#04 (batch 11, Kepgub Jabar 61/2015)
NTP = (
    "Formulasi NTP Provinsi (Gabungan Subsektor) :\nNTPp   =\n∑ Iti x wi\nX 100\n∑ IBi x wi\nNTPp\n=\nNTP Gabungan Subsektor di suatu "
    "Provinsi\nITi\n=\nIT Subsektor i di suatu Provinnsi\nIBi\n=\nIB Subsektor i di suatu "
    "Provinsi\nwi\n=\nJumlah Rumah Tangga Subsektor i di Provinsi\ni\n=\nTanaman Pangan, "
    "Hortikultura, Perkebunan Rakyat, Peternakan, dan Perikanan"
)


def test_a_legend_that_says_what_the_index_runs_over_sums_the_product() -> None:
    formula = parse(NTP)
    it, weight, ib = (
        "IT Subsektor i di suatu Provinnsi",
        "Jumlah Rumah Tangga Subsektor i di Provinsi",
        "IB Subsektor i di suatu Provinsi",
    )
    assert set(formula.variables) == {it, weight, ib}
    data = {it: [110, 120], weight: [1, 3], ib: [100, 100]}
    assert formula.evaluate(data).exact == Fraction(110 + 360, 400) * 100
    assert any(guess.reason == INDEXED_PRODUCT for guess in formula.guesses)


def test_same_family_entries_one_piece_a_line_index_j() -> None:
    text = (
        "IHK =\n∑ Pj x Qj\nX 100\n∑ Oj x Qj\nPj\n=\nHarga barang j tahun berjalan\nOj\n=\n"
        "Harga barang j tahun dasar\nQj\n=\nKuantitas barang j\nj\n=\nJenis barang dalam paket"
    )
    data = {
        "Harga barang j tahun berjalan": [2, 3],
        "Harga barang j tahun dasar": [1, 2],
        "Kuantitas barang j": [1, 1],
    }
    assert parse(text).evaluate(data).exact == Fraction(5, 3) * 100


def test_a_sum_over_a_product_without_its_index_said_stays_as_written() -> None:
    text = "Skor = ∑ Ni x Bi / Jumlah unsur\nNi : nilai unsur\nBi : bobot unsur"
    formula = parse(text)
    assert not any(guess.reason == INDEXED_PRODUCT for guess in formula.guesses)
