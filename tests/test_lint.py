"""Lint: the defects of the seed documents are found, each with the right code, and nothing else.

The expected codes come from `../shared/corpus/README.md`, section "Defective formulas", row by
row; every row not listed there must be silent.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

import ikicalc
from ikicalc.diagnostics.api import lint
from ikicalc.diagnostics.diagnostic import CODES, Diagnostic
from ikicalc.diagnostics.reading import guess_notes
from ikicalc.documents import loads_document

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))

# corpus README → code. Rows of "Other" that need declared units (002-011, 002-085, 003-023)
# are silent here: units are checked where the definition file declares them (see below).
EXPECTED: dict[str, list[str]] = {
    # placeholder blank or operator only
    **{i: ["E002"] for i in ("003-011", "003-012", "003-013", "003-014", "003-016")},
    **{i: ["E002"] for i in ("003-015", "003-017", "003-018")},
    "001-054": ["E001"],  # empty formula cell
    "000-005": ["W103"],  # missing denominator
    "004-032": ["E002"],  # ratio spread over two rows
    "004-033": ["E002"],
    "003-021": ["W101"],  # numerator identical to denominator
    "003-022": ["W101"],
    # ratio apparently inverted
    **{i: ["W102"] for i in ("000-009", "003-003", "003-008", "003-019", "003-024", "003-025")},
    "003-010": ["W102"],
    "004-035": ["W102", "W109"],  # also the unescaped % of "Other"
    "001-002": ["W106"],  # the verbal version of an inverted ratio
    "002-079": ["E002"],  # bare fragment 'ORSOSMAS'
    # percentage named but not defined
    **{f"001-{n:03d}": ["W106"] for n in range(4, 13)},
    "001-071": ["W106"],
    **{f"002-{n:03d}": ["W106"] for n in range(40, 45)},
    # other: '100\ %$' with an unescaped %
    "004-034": ["W109"],
    "004-036": ["W109"],
    # not in the README's defect list, found on purpose (see the closing note of issue 5):
    "001-003": ["W106"],  # "Membandingkan kegiatan Produta dalam DPA dan realisasi …": prose too
    "000-051": ["W108"],  # README: "several formulas for a single indicator", no operator
    "002-039": ["W108"],
}


@pytest.fixture(scope="module")
def found() -> dict[str, list[Diagnostic]]:
    by_row: dict[str, list[Diagnostic]] = {}
    for path in EXAMPLES:
        for diagnostic in lint(ikicalc.load_document(path)):
            assert diagnostic.indicator is not None
            by_row.setdefault(diagnostic.indicator, []).append(diagnostic)
    return by_row


def test_every_defective_seed_row_gets_its_code_and_the_rest_are_silent(
    found: dict[str, list[Diagnostic]], corpus: list[dict[str, object]]
) -> None:
    assert len(corpus) == 294
    codes = {row: [d.code for d in ds] for row, ds in found.items()}
    assert codes == EXPECTED


def test_counts_per_code_over_the_seed_corpus(found: dict[str, list[Diagnostic]]) -> None:
    counts = Counter(d.code for ds in found.values() for d in ds)
    assert counts == {
        "E001": 1,
        "E002": 11,
        "W101": 2,
        "W102": 8,
        "W103": 1,
        "W106": 17,
        "W108": 2,
        "W109": 3,
    }


def test_suggestions_on_seed_rows(found: dict[str, list[Diagnostic]]) -> None:
    def suggestion(row: str, code: str) -> str | None:
        return next(d.suggestion for d in found[row] if d.code == code)

    assert suggestion("003-019", "W102") == "Jumlah surat yg didistribusikan / Jumlah surat yang masuk"
    assert suggestion("000-009", "W102") == (
        "laporan gangguan trantibum yang di tindaklanjuti / Jumlah laporan gangguan trantibum × 100%"
    )
    assert suggestion("003-021", "W101") == (
        "Jumlah laporan pertanggungjawaban APBD yang selesai / "
        "Jumlah laporan pertanggungjawaban APBD × 100%"
    )
    assert suggestion("001-002", "W106") == (
        "peserta yang hadir / undangan pada rapat Musrenbang × 100%"
    )
    assert suggestion("004-032", "E002") == (
        "Jumlah Pembangunan Fisik yang Terealisasi / Jumlah Pembangunan Fisik yang direncanakan × 100%"
    )
    fixed = suggestion("004-034", "W109")
    assert fixed is not None
    assert fixed.endswith(r"\times 100\ \%$")
    assert ikicalc.parse(fixed) == ikicalc.parse(found["004-034"][0].text)


def test_inverted_suggestion_parses_to_the_swapped_ratio(found: dict[str, list[Diagnostic]]) -> None:
    for row in ("003-003", "003-008", "003-010", "003-024", "003-025", "004-035"):
        diagnostic = next(d for d in found[row] if d.code == "W102")
        original = ikicalc.parse(diagnostic.text)
        assert diagnostic.suggestion is not None
        swapped = ikicalc.parse(diagnostic.suggestion)
        data = dict.fromkeys(original.variables, 0)
        top, bottom = original.variables
        data[top], data[bottom] = 4, 3
        assert original.evaluate(data).exact * swapped.evaluate(data).exact == 100 * 100


def test_severity_span_and_caret() -> None:
    [diagnostic] = lint("Jumlah PNS hadir / x 100%")
    assert (diagnostic.code, diagnostic.severity) == ("E002", "error")
    assert diagnostic.span == (19, 20)
    assert diagnostic.text[slice(*diagnostic.span)] == "x"
    assert "^" in str(diagnostic)
    [blank] = lint("_____ x 100%")
    assert (blank.code, blank.span) == ("E002", (0, 5))


def test_unparseable_text_is_e001_with_the_syntax_message() -> None:
    [diagnostic] = lint("Jumlah A / (Jumlah B")
    assert diagnostic.code == "E001"
    with pytest.raises(ikicalc.FormulaSyntaxError) as error:
        ikicalc.parse("Jumlah A / (Jumlah B")
    assert diagnostic.message == error.value.reason


def test_w101_is_decided_by_algebra_not_by_text() -> None:
    [same] = lint("Jumlah PNS yg hadir / jumlah  PNS yang hadir x 100%")
    assert same.code == "W101"
    assert "100%" in same.message
    [cancel] = lint("(A × B) / (B × A)")
    assert cancel.code == "W101"
    assert lint("(A + B) / A × 100%") == []
    assert lint("A / B × 100%") == []


def test_lint_accepts_a_formula() -> None:
    formula = ikicalc.parse("Jumlah laporan gangguan x 100% Jumlah laporan gangguan yang ditindaklanjuti")
    [diagnostic] = lint(formula)
    assert diagnostic.code == "W102"
    assert diagnostic.text == formula.source


def test_w103_percent_without_a_ratio() -> None:
    [diagnostic] = lint("Jumlah layanan penunjang urusan pemerintahan daerah x 100%")
    assert diagnostic.code == "W103"
    assert lint("Jumlah layanan penunjang urusan pemerintahan daerah") == []


def test_w104_words_disagree_with_digits() -> None:
    [diagnostic] = lint("29 (dua puluh delapan) jenis layanan")
    assert diagnostic.code == "W104"
    assert diagnostic.text[slice(*diagnostic.span)] == "dua puluh delapan"
    assert diagnostic.suggestion == "29 (dua puluh sembilan) jenis layanan"
    assert lint("29 (dua puluh sembilan) jenis layanan") == []


def test_w105_scales() -> None:
    [gap] = lint("25,00 – 43,75 Tidak Baik 43,80 – 100,00 Baik")
    assert gap.code == "W105"
    assert "43,76" in gap.message
    assert gap.text[slice(*gap.span)] == "43,80 – 100,00"
    [short] = lint("50% – 75% Baik 75,01% – 100% Sangat Baik")
    assert short.code == "W105"
    assert "not 0 to 100" in short.message
    assert lint("25,00 – 43,75 Tidak Baik 43,76 – 62,50 Kurang Baik 62,51 – 100,00 Baik") == []


def camat(rows: str) -> ikicalc.Document:
    """A one-position document with these indicator rows (YAML, indented as below)."""
    return loads_document(
        "unit: Kecamatan Contoh\ntahun: 2024\njabatan:\n  - nama: Camat\n    indikator:" + rows
    )


def test_w105_overlap_in_a_document_kategori() -> None:
    doc = camat(
        """
      - id: a
        indikator: Nilai SKM
        formula: Nilai SKM
        kategori: 0 – 60 Kurang; 50 – 100 Baik
      - id: b
        indikator: Nilai IKM
        formula: Nilai IKM
        kategori: skm-2017
"""
    )
    [diagnostic] = lint(doc)
    assert (diagnostic.code, diagnostic.field, diagnostic.indicator) == ("W105", "kategori", "a")
    assert "overlap" in diagnostic.message


def test_w106_prose_with_two_quantities_gets_a_formula() -> None:
    [diagnostic] = lint("Membandingkan undangan pada rapat Musrenbang dan peserta yang hadir")
    assert diagnostic.code == "W106"
    assert diagnostic.suggestion is not None
    suggested = ikicalc.parse(diagnostic.suggestion)
    assert suggested.variables == ("peserta yang hadir", "undangan pada rapat Musrenbang")
    [restated] = lint("Persentase pelaksanaan Probebaya")
    assert (restated.code, restated.suggestion) == ("W106", None)


def test_w107_units_that_do_not_add() -> None:
    doc = camat(
        """
      - id: a
        indikator: Beban kerja
        formula: Jumlah pegawai + Jumlah hari kerja
        satuan_variabel: {Jumlah pegawai: orang, Jumlah hari kerja: hari}
      - id: b
        indikator: Hari orang
        formula: Jumlah pegawai x Jumlah hari kerja
        satuan_variabel: {Jumlah pegawai: orang, Jumlah hari kerja: hari}
"""
    )
    [diagnostic] = lint(doc)
    assert (diagnostic.code, diagnostic.indicator) == ("W107", "a")
    assert "orang" in diagnostic.message
    assert "hari" in diagnostic.message


def test_every_code_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code, entry in CODES.items():
        assert f"`{code}`" in readme, code
        assert entry.severity == ("error" if code.startswith("E") else "warning")


def test_a_denominator_that_is_always_zero() -> None:
    [diagnostic] = lint("(B - A) / (A - A) x 100%")
    assert diagnostic.code == "W101"
    assert "never has a value" in diagnostic.message


def test_w105_open_ended_percent_scales_cover_0_to_100() -> None:
    assert lint("≤ 50% Buruk; 51% – 90% Baik; ≥ 91% Sangat Baik") == []
    [gap] = lint("≤ 50% Buruk; 52% – 100% Baik")
    assert gap.code == "W105"
    assert "gap" in gap.message


def test_w107_a_percentage_of_unlike_quantities() -> None:
    # seed 003-023: reports over payment orders, with the units the row would declare
    doc = camat(
        """
      - id: "003-023"
        indikator: Jumlah laporan penyerapan belanja ke PA/KPA
        formula: $\\frac{\\text{Jumlah laporan penyerapan belanja}}{\\text{Jumlah SPP dan SPM LS}} \\times 100\\%$
        satuan_variabel: {Jumlah laporan penyerapan belanja: laporan, Jumlah SPP dan SPM LS: berkas}
      - id: b
        indikator: Tingkat kehadiran
        formula: Jumlah PNS yang hadir / Jumlah PNS x 100%
        satuan_variabel: {Jumlah PNS yang hadir: orang, Jumlah PNS: orang}
      - id: c
        indikator: Tingkat kehadiran
        formula: Jumlah PNS yang hadir / Jumlah PNS x 100%
        satuan_variabel: {Jumlah PNS yang hadir: xyzzy}
"""
    )
    found = lint(doc)
    assert [(d.indicator, d.code) for d in found] == [("003-023", "W107"), ("c", "W107")]
    assert "laporan/berkas" in found[0].message
    assert "unknown satuan 'xyzzy'" in found[1].message


def test_a_percent_weight_is_not_a_scale_to_percent() -> None:
    """Issue 14: ``10% x Nilai kinerja`` weighs a value; it is not W103."""
    assert lint("10% x Nilai kinerja") == []
    assert [d.code for d in lint("Jumlah layanan x 100%")] == ["W103"]


def test_a_target_that_cannot_be_read_or_met_is_an_error(tmp_path: Path) -> None:
    """Issue 15: ``check`` reports an unreadable target, or one whose unit cannot meet the
    formula's value, as an error (before, it said "no problems" and the report failed)."""
    doc = tmp_path / "doc.yaml"
    doc.write_text(
        "unit: X\ntahun: 2024\njabatan:\n  - nama: C\n    indikator:\n"
        "      - id: a\n        indikator: K\n        formula: A / B x 100%\n"
        "        target: sebanyak-banyaknya\n"
        "      - id: b\n        indikator: K\n        formula: A / B x 100%\n"
        "        target: 12 dokumen\n"
        "      - id: c\n        indikator: K\n        formula: A / B x 100%\n"
        "        target: 95 %\n",
        encoding="utf-8",
    )
    found = [(d.indicator, d.code, d.field) for d in lint(ikicalc.load_document(doc))]
    assert found == [("a", "E003", "target"), ("b", "E003", "target")]


def test_lint_toml_and_the_registry_hold_the_same_codes() -> None:
    """Issue 13: one rule function per code, registered; ``lint.toml`` says which codes
    exist, and ``lint()`` runs every one of them."""
    from ikicalc.diagnostics.api import ORDER
    from ikicalc.diagnostics.registry import registered

    rules = registered()
    assert set(rules) == set(CODES)
    assert sorted(ORDER) == sorted(CODES)  # each code run exactly once, in a stable order
    functions = list(rules.values())
    assert len(set(functions)) == len(functions)  # no function serves two codes


def test_a_second_rule_for_a_code_or_an_unknown_code_is_refused() -> None:
    from ikicalc.diagnostics.registry import Context, registered, rule

    def extra(ctx: Context) -> Iterator[Diagnostic]:
        yield from ()

    with pytest.raises(ikicalc.IkiError, match="W102 has two rules"):
        rule("W102")(extra)
    with pytest.raises(ikicalc.IkiError, match=r"W999 is not in ikicalc/data/lint\.toml"):
        rule("W999")(extra)
    assert registered()["W102"] is not extra


# Two qualified names are two parts: which is the whole only the document knows (public cells
# bea-cukai-kppbc-silocki-iku-github#02 and #06, dukun-kecamatan-iki-123dok#01,
# singkawang-satudata-perpustakaan#01). W102 needs evidence on both sides.
@pytest.mark.parametrize(
    "text",
    [
        "(Dokumen yang sudah diadministrasikan / Dokumen yang sudah terkirim ke CEISA) x 100%",
        "(Dokumen yang diadministrasikan) / (Dokumen yang sudah terkirim ke CEISA) x 100%",
        "Jumlah pelaksanaan Tupoksi yang difasilitasi dibagi\njumlah pelaksanaan Tupoksi yang "
        "dilaksanakan",
        "Jumlah sekolah yang dibina / Jumlah sekolah yang sesuai kewenangan x 100%",
    ],
)
def test_no_w102_between_two_qualified_names(text: str) -> None:
    assert "W102" not in [d.code for d in lint(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah PNS / Jumlah PNS yang hadir x 100%",  # the whole, unqualified, over a part
        "Seluruh surat yang masuk / Jumlah surat yang terkirim x 100%",  # 'seluruh': the whole
        "Jumlah dokumen / Jumlah dokumen tersusun yang tepat waktu x 100%",
    ],
)
def test_w102_when_the_numerator_counts_the_whole(text: str) -> None:
    assert "W102" in [d.code for d in lint(text)]


# public cell pasuruan-bappeda-review-iku-2021-github#04: one word before 'Jumlah' qualifies it
@pytest.mark.parametrize(
    "text",
    [
        "(Hasil penelitian dan pengembangan yang ditindaklanjuti / Akumulasi Jumlah\n"
        "Penelitian dan Pengembangan yang dilakukan mulai tahun 2018) * 100 %",
        "Rata-rata Jumlah kunjungan per hari / Jumlah penduduk x 100%",
    ],
)
def test_no_w108_for_a_word_that_qualifies_jumlah(text: str) -> None:
    assert "W108" not in [d.code for d in lint(text)]


def test_w108_still_sees_quantities_glued_after_a_qualified_one() -> None:
    codes = [d.code for d in lint("Total Jumlah dokumen masuk Jumlah dokumen keluar")]
    assert "W108" in codes


def test_no_w102_for_a_standard_s_requirement_below() -> None:
    # public cell jabar-bapusipda-iku-github#01: 'sesuai SNP' with no 'yang' is what the
    # standard requires (the whole), not the part that meets it
    text = (
        "Jumlah judul dan eksemplar koleksi Bapusipda / jumlah judul dan eksemplar koleksi "
        "sesuai SNP dikali (x) 100%"
    )
    assert "W102" not in [d.code for d in lint(text)]
    assert "W102" in [
        d.code for d in lint("Jumlah koleksi / Jumlah koleksi yang sesuai SNP x 100%")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # jombang-inspektorat-sakip-github#06 (batch 13): 'hasil' heads the name counted
        "Jumlah Tindak Lanjut Hasil Pengawawasan selesai (APIP dan BPK) dibandingkan Jumlah "
        "Hasil Pengawasan (APIP dan BPK) dikalikan 100%",
        "Jumlah rekomendasi tuntas / Jumlah hasil pemeriksaan Inspektorat x 100%",
        "Jumlah izin terbit / Jumlah proses perizinan di DPMPTSP x 100%",
    ],
)
def test_a_part_word_that_heads_the_name_counted_is_no_part(text: str) -> None:
    """``hasil``, ``proses``, ``capaian`` first after the counting word name the thing
    counted (``Jumlah Hasil Pengawasan``), not a part of it: no ``W102``."""
    assert "W102" not in [d.code for d in ikicalc.lint(text)]


def test_the_result_alone_is_still_the_part() -> None:
    # seed 003-010 (Kecamatan Bagor): 'Volume kerja' over 'hasil' is inverted
    found = ikicalc.lint(r"$\frac{\text{Volume kerja}}{\text{hasil}} \times 100\%$")
    assert "W102" in [d.code for d in found]


@pytest.mark.parametrize(
    "cell",
    [
        # what the indicator is for, pasted in the formula's column (dev cells of batch 11)
        "Untuk mengetahui angka rata-rata\nfluktuasi harga pangan pokok\nstrategis yang dipantau",
        "Mengetahui jumlah Cagar\nBudaya, Nilai Budaya,\nSejarah dan Permuseuman\nyang di lestarikan",
    ],
)
def test_a_cell_that_says_what_the_indicator_is_for_is_prose(cell: str) -> None:
    assert [d.code for d in ikicalc.lint(cell)] == ["W106"]


def test_an_achievement_made_a_noun_stays_a_clean_cell() -> None:
    # seed 002-025: kecamatan write an achievement to be met or not so
    assert ikicalc.lint("Terpenuhinya honorarium petugas keamanan kantor") == []


def test_guesses_show_formulas_not_reprs() -> None:
    """A guess names the reading chosen and the other in formula notation, as a staff member
    writes them ('(Realisasi Tahun n - Realisasi Tahun n-1) / Realisasi Tahun n-1'), never
    the tree's repr ("Variable(name='…')"): every public cell that reads with a guess."""
    import json

    cells = ROOT / "tests" / "data" / "public-cells.jsonl"
    guessed = 0
    for line in cells.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        try:
            formula = ikicalc.parse(text)
        except ikicalc.IkiError:
            continue
        for guess in formula.guesses:
            guessed += 1
            for shown in (guess.chosen, guess.other):
                assert "(name=" not in shown, (text, shown)
                assert "(op=" not in shown, (text, shown)
    assert guessed > 50


def test_guesses_quote_the_cell_as_written() -> None:
    """A W110 note quotes the cell on one line (a flattened fraction's line breaks and column
    padding as one space), with the letter x its writer typed, never the layout's stand-in
    ``Ⅹ``; a piece set aside is said to be set aside."""
    cell = (
        "Perhitungan nilai Persentase aparatur yang memiliki sertifikasi kompetensi sesuai "
        "jabatan sebagai\nberikut.\nASK =\nN1 + N2\n2\nN1 =\nJT\nJS\nx 100% N2 =\nASN−T\nJS\n"
        "x 100%"
    )
    notes = [d.message for d in lint(cell) if d.code == "W110"]
    assert notes
    assert not [note for note in notes if "Ⅹ" in note or "ⅹ" in note or "\n" in note]
    unit = "- Biogas: volume aktual (m³) x 21 MJ/m³ ÷ 3,6 (konversi ke kWh)."
    assert any("'MJ/m³' is set aside" in d.message for d in lint(unit) if d.code == "W110")


def test_a_rule_of_a_layout_with_no_other_reading_is_no_w110() -> None:
    """A bar of dashes between a numerator and a denominator is a bar: the note is kept for
    the commands that show a value (``ikicalc eval``), lint stays quiet."""
    cell = "L Tu = ( ------ x HSBKu ) + Rp100.000,00 500"  # PP of the dev cells: L / 500
    formula = ikicalc.parse(cell)
    assert formula.variables == ("L", "HSBKu")
    assert formula.guesses
    assert "W110" not in {d.code for d in lint(cell)}
    assert any("dashes stand for a fraction's bar" in note for _, note, _ in guess_notes(formula))
