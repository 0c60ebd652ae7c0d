"""The public-cells corpus: its files are well formed, and the dev read-right rate only rises.

The holdout file is read here only to validate its schema; its score is never computed in
the test suite (``benchmarks/score_public.py --holdout`` reports it, once, for the record).
"""

from __future__ import annotations

from collections import Counter
from fractions import Fraction

import pytest

from tests.public_scoring import (
    DEV_PATH,
    HOLDOUT_PATH,
    StructureError,
    evaluate_structure,
    load_cells,
    parse_structure,
    read_cell,
    schema_problems,
    score,
    split_of,
    variable_key,
)

FLOORS = {
    "batches 1-2": (range(1, 3), 0.98),
    "batches 1-8": (range(1, 9), 0.98),
    "batches 9-11": (range(9, 12), 0.99),
    "batches 12-13": (range(12, 14), 0.98),
    "batch 14": (range(14, 15), 0.97),
    "batch 15": (range(15, 16), 0.92),
    "batch 16": (range(16, 17), 0.87),
    "batch 17": (range(17, 18), 0.94),
    "batch 18": (range(18, 19), 0.73),
    "batch 26": (range(26, 27), 0.69),
    "batch 27": (range(27, 28), 0.85),
    "batch 28": (range(28, 29), 0.96),
    "batch 29": (range(29, 30), 0.79),
    "batch 30": (range(30, 31), 0.78),
    "batch 31": (range(31, 32), 0.72),
    "batch 32": (range(32, 33), 0.72),
    "batch 33": (range(33, 34), 0.76),
    "batch 34": (range(34, 35), 0.52),
}
"""Read-right floors of the dev cells, per set of collection batches (rows with no ``batch``
key are batches 1-2): ratchets, rounded down. Raise one when the reader reads more of its
cells right; never lower it. A ratchet holds a fixed set of cells: a new batch, read cold,
lowers the rate of the whole without the reader getting worse, so each session's batches
get their own floor once the reader has met them.

- batches 1-2: 0.90 when the corpus was made; 181 of 186 in sessions 6 and 7, 183 in session 8;
- batches 1-8: 442 of 473 in session 6, 457 in session 7, 460 in session 8;
- batches 9-11 (session 7): 49 of 107 read right cold when they came, 94 at session 7's end,
  103 at session 8's;
- batches 12-13 (session 8): 61 of 116 read right cold when they came, 104 at the session's end,
  110 at session 9's;
- batch 14 (session 9): 30 of 36 read right cold when it came (31 of 37 with the cell a lint
  false alarm had kept out), 37 of 37 at the session's end;
- in session 9 batches 1-2 184 of 186, batches 1-8 464 of 473, batches 9-11 107 of 107;
- batch 15 (session 10): 41 of 69 read right cold when it came, 61 at the session's end;
- batch 16 (session 10, mostly national regulations in prose): 18 of 57 cold, 23 at the end;
- session 11: batches 12-13 114 of 116, batch 15 64 of 69, batch 16 50 of 57; batch 17
  (session 11, regulations of Kulon Progo, the LPPD IKK): 21 of 52 cold, 46 at the end;
- in session 10 batches 1-2 184 of 186, batches 1-8 465 of 473, batches 12-13 111 of 116;
- batch 26 (session 23, regulations: national PP/UU/PMK, regional Perda/Perbup as PDF text):
  25 of 85 read cold by session 22's code, 43 at the session's end; batch 27 (session 23,
  office and health-office PDF/DOCX/XLSX files): 11 of 27 cold, 22 at the end;
- session 24: batch 26 53 of 85, batch 27 23 of 27.
- batch 28 (session 26, office and health tables of the stored web pages): 24 of 28 cold, 26
  at the session's end; batch 29 (session 26, regulations of data-peraturan): 30 of 62 cold,
  38 at the end;
- session 27: batch 26 58 of 85, batch 27 23 of 27, batch 28 26 of 28, batch 29 45 of 62;
  batch 30 (session 27): the regulations of data-peraturan not yet used, 29 of 56 read cold by
  the session's code before its families, 38 at the end; the office documents and the PMK of
  2024-2025 (a second helper, merged at the end, read cold by the session's last code): 10 of
  28; the batch 48 of 84.
- session 28: batch 30 66 of 84; batch 31 (session 28, regulations of data-peraturan not yet
  used, 1948-2022): 23 of 51 read cold by the session's code after its first families (22 by
  session 27's), 36 at the session's end; batch 32 (session 28, the same source, a second
  helper): 22 of 55 cold (19 by session 27's code), 37 at the end; batch 33 (session 28, a
  third helper, the same source): 30 of 50 cold (27 by session 27's code), 31 at the end.
"""


@pytest.mark.parametrize("path", [DEV_PATH, HOLDOUT_PATH], ids=["dev", "holdout"])
def test_files_are_well_formed(path):
    cells = load_cells(path)
    assert cells
    problems = [problem for cell in cells for problem in schema_problems(cell)]
    assert problems == []
    assert len({cell["id"] for cell in cells}) == len(cells)


@pytest.mark.parametrize("path", [DEV_PATH, HOLDOUT_PATH], ids=["dev", "holdout"])
def test_documents_sit_on_their_side_of_the_split(path):
    side = "holdout" if path == HOLDOUT_PATH else "dev"
    assert {split_of(cell["doc_id"]) for cell in load_cells(path)} == {side}


def test_a_document_is_described_the_same_way_in_all_its_cells():
    cells = load_cells(DEV_PATH) + load_cells(HOLDOUT_PATH)
    described = {(c["doc_id"], c["doc_kind"], c["province"], c["title"]) for c in cells}
    assert len(described) == len({c["doc_id"] for c in cells})


def test_structure_evaluator_reads_only_arithmetic():
    tree = parse_structure("(v1 - v2) / v2 * 100 + mean(v3) - sum(v4) / -2")
    values = {
        1: Fraction(3),
        2: Fraction(2),
        3: [Fraction(1), Fraction(2), Fraction(6)],
        4: [Fraction(4)],
    }
    assert evaluate_structure(tree, values) == Fraction(50) + 3 + 2
    rowwise = parse_structure("sum(v1 / v2) * 100")
    pairs = {1: [Fraction(1), Fraction(3)], 2: [Fraction(2), Fraction(4)]}
    assert evaluate_structure(rowwise, pairs) == (Fraction(1, 2) + Fraction(3, 4)) * 100
    for bad in (
        "__import__('os')",
        "v1.real",
        "v1 ** 2",
        "x1 + 1",
        "sum(v1, v2)",
        "sum(sum(v1))",
        "v1 if v2 else v3",
        "'a'",
    ):
        with pytest.raises(StructureError):
            parse_structure(bad)


def test_schema_check_catches_a_bad_label():
    [cell] = [c for c in load_cells(DEV_PATH) if c["kind"] == "formula"][:1]
    assert schema_problems(cell) == []
    assert schema_problems(dict(cell, structure="v2 / v1 * 100"))  # not in order of appearance
    assert schema_problems(dict(cell, variables=cell["variables"][:1]))  # v2 unbound
    assert schema_problems(dict(cell, causes=[11]))
    assert schema_problems(dict(cell, kind="prose"))  # prose has no structure


def test_alias_in_brackets_is_not_part_of_a_name():
    assert variable_key("Jumlah Desa (DTKB) yg baik") == variable_key("jumlah desa yang  baik")
    assert variable_key("PDRB(t-1)") != variable_key("PDRB")


def test_spacing_just_inside_brackets_is_spacing():
    assert variable_key("institusi (SD, SMP sederajat )") == variable_key(
        "institusi (SD, SMP sederajat)"
    )
    assert variable_key("usia ( k1 murni ) ibu") == variable_key("usia (k1 murni) ibu")


def test_a_word_broken_by_a_line_wrap_is_one_word():
    # kulonprogo-perbup-10-2011-spm-sosial-github#02: 'yang seha-\nrusnya memperoleh ban-\ntuan'
    assert variable_key("yang seha- rusnya memperoleh ban- tuan sosial") == variable_key(
        "yang seharusnya memperoleh bantuan sosial"
    )
    # a hyphen with no space after it, or between numbers, is no wrap
    assert variable_key("usia 15- 24 tahun") != variable_key("usia 1524 tahun")
    assert variable_key("rata-rata upah") != variable_key("ratarata upah")


def test_spacing_around_a_slash_is_spacing():
    # kulonprogo-perbup-15-2011-spm-kesehatan-github#03: 'Jumlah desa /' over 'kelurahan UCI'
    assert variable_key("Jumlah desa / kelurahan UCI") == variable_key("Jumlah desa/ kelurahan UCI")
    assert variable_key("Kab /Kota") == variable_key("Kab/Kota")
    # the words on each side still count
    assert variable_key("desa/kelurahan") != variable_key("desa kelurahan")
    assert variable_key("desa/- kelurahan") != variable_key("desa/ kelurahan")


def test_scorer_tells_a_right_reading_from_a_wrong_one():
    cell = {
        "id": "synthetic#01",
        "text": "Jumlah PNS yang hadir / Jumlah PNS x 100%",
        "kind": "formula",
        "variables": ["Jumlah PNS yang hadir", "Jumlah PNS"],
        "structure": "v1 / v2 * 100",
        "percent": True,
        "causes": [],
    }
    assert read_cell(cell).outcome == "right"
    assert read_cell(dict(cell, structure="v1 / v2")).outcome == "wrong-value"
    assert (
        read_cell(dict(cell, variables=["Jumlah PNS yang hadir", "Jumlah ASN"])).outcome
        == "wrong-variables"
    )
    assert read_cell(dict(cell, text="Jumlah PNS yang hadir / x 100%")).outcome == "parse-failure"
    summed = dict(
        cell,
        text="Σ nilai / Jumlah unsur",
        variables=["nilai", "Jumlah unsur"],
        structure="sum(v1) / v2",
    )
    assert read_cell(summed).outcome == "right"


@pytest.mark.parametrize("batches", list(FLOORS))
def test_read_right_rate_of_the_dev_batches_does_not_fall(batches):
    within, floor = FLOORS[batches]
    result = score(c for c in load_cells(DEV_PATH) if c.get("batch", 2) in within)
    outcomes = Counter(r.outcome for r in result.readings)
    assert result.rate >= floor, (
        f"{batches}: dev read-right {result.rate:.3f} < floor {floor}; {dict(outcomes)}; "
        "run python benchmarks/score_public.py --show-failures"
    )


GUESS_CODES = frozenset({"W110", "W114"})
"""Lint codes that say how a cell was read (a guess), not that the definition is wrong."""

DOCUMENTS_OWN_MISTAKES = {
    # 'dibagi Jumlah seluruh sampel atau jumlah seluruh pasien rawat jalan' (a hospital's
    # indicator dictionary, batch 28): two denominators offered as alternatives; the label and
    # the reader keep them as one name, W108 tells the analyst to choose one (session 26)
    ("rs-kamus-wtrj-pdfcoffee#01", "W108"),
    # 'PPkMDM = (NPkMD/ NPkMD) x 100%': the document divides a quantity by itself
    ("unib-ami-instrumen-prodi-github#09", "W101"),
    # 'Realisasi - (Realisasi - Rencana)' over 'Rencana': the LKIP's formula for an indicator
    # where less is better is, as written, always 100% (Rencana / Rencana)
    ("jabar-bkpd-lakip-2016-github#02", "W101"),
    ("jabar-disperindag-lkip-2016-github#02", "W101"),
    ("jabar-dpm-desa-lkip-2016-github#02", "W101"),
    ("jabar-diskumkm-lkip-2016-github#02", "W101"),  # batch 12, the same LKIP formula
    # 'Jumlah Rekomendasi dibandingkan dengan jumlah rekomendasi yang telah ditindaklanjuti':
    # the Inspektorat's individual indicator puts the whole over the part
    ("jombang-inspektorat-sakip-github#05", "W102"),
    # 'A1(i) dan A2(i) ialah nilai A1 dan A2 untuk …': BAPETEN defines two symbols at once,
    # their names in turn; the reading leaves 'A2(i)' unnamed, as its label does, and W117 asks
    # the reader to check that legend line: the document's own joint entry (session 19)
    ("bapeten-kepka-4-1999-pengangkutan-zat-radioaktif-github#04", "W117"),
}
"""Lint findings on dev formula cells read right that are the document's own mistakes,
each reviewed; any other finding on a cell read right is a false alarm."""

FALSE_ALARMS_LEFT = {
    # BAN-PT IAPT 3.0 (batch 22): 'Jumlah calon mahasiswa baru reguler …' over 'Jumlah calon
    # mahasiswa yang lulus seleksi …' is right (those who enrol are a part of those who pass),
    # but W102 reads the words alone, and the seed pins the same shape as a real inversion
    # (003-008: 'Jumlah dokumen perencanaan' over 'Jumlah dokumen yang disusun sesuai …'):
    # no word tells the two apart; left, and counted in the closing note of session 16
    ("banpt-iapt-3-matriks-siapt-github#02", "W102"),
    # UU 10/2010 (batch 25): the last deduction is a list of subsidies with its own clause,
    # '… dan subsidi benih yang dihitung berdasarkan bobot/persentase tertentu', which the label
    # keeps in the name (it says how those subsidies are counted, not an operation of the
    # formula); W115 sees a verb of computing inside a name. Read right since names17's
    # 'serta' rule; the finding tells a reader the name is a clause long, left (session 17)
    ("uu-10-2010-apbn-2011-data-peraturan-github#01", "W115"),
    # Kepka BAPETEN 4/1999 (batch 16): 'nilai yang diperoleh dengan cara yang diuraikan dalam
    # butir a)' is the label's name (a relative clause says which value); W115 sees 'diperoleh
    # dengan cara' inside it. Read right since names19's cited items (the lone 'a)' a word of
    # the name); left for lint to tell a relative clause's verb from a predicate (session 19)
    ("bapeten-kepka-4-1999-pengangkutan-zat-radioaktif-github#02", "W115"),
    # Perbup Kulon Progo 57/2015 (batch 26): the legend's 'Lt = Luas Tanah (m2) dihitung
    # berdasarkan pada gambar situasi/peta tanah …' says how the area is measured; the label
    # keeps it in the name, W115 sees 'dihitung berdasarkan' inside it. The finding tells a
    # reader the name holds how the data is taken; left, as the two above (session 23)
    ("kulonprogo-perbup-57-2015-sewa-bmd-github#01", "W115"),
    # PP 23/2005 (batch 33): '… selisih lebih antara pendapatan dengan belanja BLU yang dihitung
    # berdasarkan laporan keuangan operasional berbasis akrual …': the label keeps how the
    # expense is counted in its name; W115 sees 'dihitung berdasarkan' inside it, as the two
    # above (session 28)
    ("pp-23-2005-pengelolaan-keuangan-blu-data-peraturan-github#01", "W115"),
    # RSUP Soeradji's indicator workbook (batch 27): 'Merupakan pertumbuhan penelitian … dihitung
    # dengan membandingkan A, dengan B': W106 reads a definition that names a ratio in words
    # with no arithmetic written; the label, as the reader, takes 'membandingkan A dengan B'
    # for the ratio. W106 says the reading is one of words; left (session 23)
    ("klaten-rsup-soeradji-indikator-mutu-2015-github#03", "W106"),
    # UU 12/1985 (batch 26): '… pajak yang terhutang yang dihitung berdasarkan Surat
    # Pemberitahuan Obyek Pajak' is the second name of the difference, its relative clause
    # saying which tax; W115 sees 'dihitung berdasarkan' inside it, the shape of the three
    # above. Read right since session 24's surcharge; left for lint to tell a relative
    # clause's source ('berdasarkan SPOP') from a method (session 24)
    ("uu-12-1985-pbb-data-peraturan-github#01", "W115"),
    # UU 14/2005 (batch 29): '… setara dengan 1(satu) kali gaji pokok guru … pada tingkat, masa
    # kerja, dan kualifikasi yang sama': W129 says the multiple was guessed to reach over
    # 'dan', which here joins the qualifiers of one base; the guess is right, the warning is
    # what W129 is for (a reader checks where the name stops); left (session 26)
    ("uu-14-2005-guru-dan-dosen-data-peraturan-github#01", "W129"),
    # PP 32/1999 (batch 34): '… tidak melampaui 1 1/2 (…) kali dari harga makanan yang telah
    # ditentukan bagi Narapidana dan Anak didik Pemasyarakatan': 'dan' joins the two for whom
    # the price is set, inside one base; W129 asks a reader to check, as for UU 14/2005 above
    # (session 29)
    ("pp-32-1999-hak-warga-binaan-pemasyarakatan-data-peraturan-github#01", "W129"),
    # UU 34/1953 (batch 34): '… 3% dari pendapatan yang dibulatkan ke bawah hingga Rp. 100,-
    # penuh': the rounding of the income is said inside the base's name, which the label keeps;
    # W122 tells a reader that an amount stands in a name, which it does (session 29)
    ("uu-34-1953-penilaian-pendapatan-uang-asing-data-peraturan-github#01", "W122"),
}
"""Findings on dev formula cells read right that are false alarms, each reviewed and left
for a reason written beside it; any other is a new false alarm."""


STATED_LIMITS = {
    # UU 9/1976 Pasal 38: the penalty plus a third of it, 'dengan ketentuan selama-lamanya 20
    # (dua puluh) tahun': the label, as the reader, keeps the bound out of the value; W132
    # quotes it so that it is applied (session 21)
    ("uu-9-1976-narkotika-data-peraturan-github#01", "W132"),
    # PP 55/2012 Pasal 7 ayat (2) (batch 30): the rear overhang '… maksimum 62,50% (…) dari jarak
    # sumbunya, sedangkan yang menjulur ke depan … maksimum 47,50% (…) dari jarak sumbunya': the
    # reading is the first limit's amount; W132 quotes the second, a bound the cell states on
    # another quantity, so that a reader sees it (session 27)
    ("pp-55-2012-kendaraan-data-peraturan-github#01", "W132"),
    # UU 18/2011 (batch 31): a pay cut of 1 (satu) kali kenaikan gaji berkala 'paling lama 1
    # (satu) tahun': the term the sanction runs, which the reading sets aside and W132 quotes
    # (session 28)
    ("uu-18-2011-perubahan-komisi-yudisial-data-peraturan-github#01", "W132"),
}
"""W132 on dev formula cells read right: a bound the document states on the result, which
the reading rightly sets aside and lint rightly says; any other is a false alarm."""


def test_lint_is_silent_on_dev_formula_cells_read_right():
    import ikicalc

    found = {
        (reading.cell["id"], diagnostic.code)
        for reading in score(load_cells(DEV_PATH)).readings
        if reading.right
        for diagnostic in ikicalc.lint(reading.cell["text"])
        if diagnostic.code not in GUESS_CODES
    }
    allowed = DOCUMENTS_OWN_MISTAKES | FALSE_ALARMS_LEFT | STATED_LIMITS
    assert found <= allowed, sorted(found - allowed)
