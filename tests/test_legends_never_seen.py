"""Legends in shapes the development cells do not show, read as a careful reader reads a
legend never seen: an entry pairs a symbol the formula writes with a name, whatever mark
opens it (a bullet of any glyph, ``(1)``, ``(b)``, a roman number ``i.``/``ii.``), whatever
separates them (``=``, ``:``, ``:=``, a table's ``|``), and whichever comes first (``Rencana
= A``: the formula writes ``A``, so ``A`` is the symbol). Each shape with several symbols,
names and lengths (``benchmarks/variant_forms.py`` writes every development cell so)."""

from __future__ import annotations

from fractions import Fraction

import pytest

import ikicalc
from tests.readings import value_counting_from_two as _read


@pytest.mark.parametrize(
    "lines",
    [
        ["i. A = Jumlah desa mandiri", "ii. B = Jumlah seluruh desa"],
        ["(i) A = Jumlah desa mandiri", "(ii) B = Jumlah seluruh desa"],
        ["I. A : Jumlah desa mandiri", "II. B : Jumlah seluruh desa"],
        ["(a) A = Jumlah desa mandiri", "(b) B = Jumlah seluruh desa"],
        ["► A = Jumlah desa mandiri", "► B = Jumlah seluruh desa"],
        ["✓ A = Jumlah desa mandiri", "✓ B = Jumlah seluruh desa"],
        ["A | Jumlah desa mandiri", "B | Jumlah seluruh desa"],
        ["| A | Jumlah desa mandiri |", "| B | Jumlah seluruh desa |"],
        ["A := Jumlah desa mandiri", "B := Jumlah seluruh desa"],
    ],
)
def test_any_mark_and_any_separator(lines: list[str]) -> None:
    variables, value = _read("\n".join(["A / B x 100%", "Keterangan:", *lines]))
    assert variables == ("Jumlah desa mandiri", "Jumlah seluruh desa")
    assert value == Fraction(200, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # one word each (malukutengah-lkjip-2021#02 written with its legend reversed)
            "(A - (B - A))/A x 100%\nKeterangan:\nRencana = A\nRealisasi = B",
            ("Rencana", "Realisasi"),
        ),
        (  # a symbol for a symbol (pp-128-2015-pnbp-bpn#01 so written)
            "A/500 x B + 100000\nKeterangan:\nL = A\nHSBKu = B",
            ("L", "HSBKu"),
        ),
        (  # a name ending in a figure and a percent sign
            "A/B x 100\nKeterangan:\nJumlah kab/kota yg mencapai standar minimal 95% = A\n"
            "Seluruh ibu bersalin di wilayah kerja = B",
            (
                "Jumlah kab/kota yg mencapai standar minimal 95%",
                "Seluruh ibu bersalin di wilayah kerja",
            ),
        ),
        (
            "A x B/C\nKeterangan:\nHC t = A\nH o = B\nHD = C",
            ("HC t", "H o", "HD"),
        ),
    ],
)
def test_the_name_before_its_symbol(text: str, expected: tuple[str, ...]) -> None:
    assert ikicalc.parse(text).variables == expected


def test_a_word_of_the_formula_is_no_flipped_symbol() -> None:
    # kulonprogo-perbup-10-2011-spm-sosial-github#04: "(satu) tahun" goes on with the name
    text = (
        "Jumlah penyandang cacat\nyang telah menerima jaminan\nsosial dalam 1 tahun\n"
        "______________ x 100 %\nJumlah penyandang cacat\nyang seharusnya menerima\n"
        "jaminan sosial dalam 1\n(satu) tahun"
    )
    assert ikicalc.parse(text).variables[1].endswith("(satu) tahun")


_DESA = ("Jumlah desa mandiri", "Jumlah seluruh desa")


@pytest.mark.parametrize(
    "text",
    [
        # the same legends with their line breaks lost (web pages, scribd/123dok transcripts)
        "A / B x 100% Keterangan: (1) A = Jumlah desa mandiri (2) B = Jumlah seluruh desa",
        "A / B x 100% Keterangan: i. A = Jumlah desa mandiri ii. B = Jumlah seluruh desa",
        "A / B x 100% A | Jumlah desa mandiri B | Jumlah seluruh desa",
        "A / B x 100% dimana A := Jumlah desa mandiri B := Jumlah seluruh desa",
        "A / B x 100% Keterangan: Jumlah desa mandiri = A Jumlah seluruh desa = B",
        # the legend before the formula, the formula's own label leading to it
        "A = Jumlah desa mandiri B = Jumlah seluruh desa IKU = A / B x 100%",
        "A = Jumlah desa mandiri; B = Jumlah seluruh desa; IKU = A/B x 100%",
    ],
)
def test_legends_never_seen_with_their_line_breaks_lost(text: str) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == _DESA
    assert formula.evaluate(dict(zip(_DESA, (3, 4), strict=True))).exact == 75


@pytest.mark.parametrize(
    "text",
    [
        "Rasio = P / Q Keterangan: Jumlah pegawai yang hadir = P Jumlah seluruh pegawai = Q",
        "PDRB1 = Produk domestik tahun ini PDRB0 = Produk domestik tahun lalu "
        "LPE = (PDRB1 - PDRB0) / PDRB0 x 100%",
    ],
)
def test_other_symbols_and_lengths(text: str) -> None:
    formula = ikicalc.parse(text)
    assert all(" " in name for name in formula.variables), formula.variables


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # pp-26-2021-pertanian-ocr#01, the OCR's names made plain
            "LA x BPK. (21 Rumus sebagaimana dimaksud pada ayat (1) menerangkan:\n"
            "a. LA = luas lahan yang diusahakan; dan\nb. BPK = biaya pembangunan kebun per"
            " hektare.",
            ("luas lahan yang diusahakan", "biaya pembangunan kebun per hektare"),
        ),
        (  # the same, its line breaks lost
            "LA x BPK. (2) Rumus sebagaimana dimaksud pada ayat (1) menerangkan: a. LA = luas"
            " lahan yang diusahakan; dan b. BPK = biaya pembangunan kebun per hektare.",
            ("luas lahan yang diusahakan", "biaya pembangunan kebun per hektare"),
        ),
        (  # other symbols, the heading on a line of its own
            "NJ x TR.\n(3) Besaran sebagaimana dimaksud pada ayat (2) dihitung dengan"
            " ketentuan:\na. NJ = nilai jual kendaraan bermotor;\nb. TR = tarif retribusi daerah.",
            ("nilai jual kendaraan bermotor", "tarif retribusi daerah"),
        ),
    ],
)
def test_a_regulation_s_sentence_introduces_its_legend(
    text: str, expected: tuple[str, ...]
) -> None:
    assert ikicalc.parse(text).variables == expected


def test_a_legend_said_in_one_sentence_with_its_last_copula_left_out() -> None:
    # semarang-bappeda-kajian-sampah-2021-github#05: "… dan 𝑞 jumlah seluruh sampah …"
    text = (
        "𝐸ℎ = ∑𝑛𝑖=1 𝐿𝐻𝑉𝑖. 𝑚𝑓𝑖. 𝑞                                                    (4)\n"
        "Dimana 𝐸ℎ adalah potensi energi panas (Gj), 𝐿𝐻𝑉𝑖 merupakan LHVwet jenis sampah\n"
        "i, 𝑚𝑓𝑖 merupakan fraksi sampah jenis i terhadap jumlah sampah keseluruhan dalam"
        " kondisi\nbasah dan 𝑞 jumlah seluruh sampah dalam kondisi basah."
    )
    assert ikicalc.parse(text).variables == (
        "LHVwet jenis sampah i",
        "fraksi sampah jenis i terhadap jumlah sampah keseluruhan dalam kondisi basah",
        "jumlah seluruh sampah dalam kondisi basah",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # other symbols, "serta" and a comma
            "IK = Pb x Hs x K dimana Pb adalah produksi benih tahunan, Hs merupakan harga"
            " satuan benih, serta K koefisien penyesuaian wilayah",
            ("produksi benih tahunan", "harga satuan benih", "koefisien penyesuaian wilayah"),
        ),
        (  # a name that says "terhadap" is one name in a legend, never a ratio
            "R = A x B\nKeterangan:\nA = proporsi penduduk miskin terhadap jumlah penduduk\n"
            "B = jumlah desa",
            ("proporsi penduduk miskin terhadap jumlah penduduk", "jumlah desa"),
        ),
    ],
)
def test_listed_symbols_and_names_that_relate(text: str, expected: tuple[str, ...]) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == expected
    assert ikicalc.parse(str(formula)) == formula


def test_a_definition_that_computes_is_no_name() -> None:
    formula = ikicalc.parse("IKM = N1 x 2\nN1 = jumlah A dibagi jumlah B")
    assert "jumlah A dibagi jumlah B" not in formula.variables


_PUS = ("Jumlah Pasangan Usia Subur (PUS) yang menggunakan kontrasepsi", "Jumlah PUS")


@pytest.mark.parametrize(
    "text",
    [
        # kulonprogo-perbup-15-2011-spm-kesehatan-github#06 written over its aliases
        "Jumlah Pasangan Usia Subur (PUS) yang menggunakan kontrasepsi (JPUS)\nJumlah PUS (JP)\n"
        "JPUS/JP x 100%",
        "Jumlah Pasangan Usia Subur (PUS) yang menggunakan kontrasepsi (JPUS) Jumlah PUS (JP)"
        " JPUS/JP x 100%",
    ],
)
def test_aliases_after_names_that_hold_brackets_of_their_own(text: str) -> None:
    formula = ikicalc.parse(text)
    assert formula.variables == _PUS
    assert formula.evaluate(dict(zip(_PUS, (3, 4), strict=True))).exact == 75


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A x B\nKeterangan:\nA – Produktivitas\nB – luas panen", ("Produktivitas", "luas panen")),
        (
            "A + B + C - D\nKeterangan:\nA – modal disetor\nB – cadangan\nC – laba\nD – kerugian",
            ("modal disetor", "cadangan", "laba", "kerugian"),
        ),
    ],
)
def test_a_dash_and_a_name_of_one_word_under_an_introducer(
    text: str, expected: tuple[str, ...]
) -> None:
    assert ikicalc.parse(text).variables == expected


def test_names_first_even_where_a_name_ends_like_a_symbol() -> None:
    # puskesmas-indikator-kesling-scribd-444430042#01 written with its legend reversed, joined
    text = (
        "A/B x 100% Keterangan: Jumlah fasilitas TPS yang memenuhi standar = A Jumlah Seluruh"
        " fasilitas TPS = B"
    )
    assert ikicalc.parse(text).variables == (
        "Jumlah fasilitas TPS yang memenuhi standar",
        "Jumlah Seluruh fasilitas TPS",
    )


@pytest.mark.parametrize(
    "heading",
    ["Keterangan rumus :", "Penjelasan notasi:", "Keterangan Formula:", "Uraian:", "Definisi :",
     "Simbol yang digunakan :"],
)
def test_any_heading_over_the_legend(heading: str) -> None:
    text = f"A / B x 100%\n{heading}\nA = Jumlah desa mandiri\nB = Jumlah seluruh desa"
    assert ikicalc.parse(text).variables == _DESA


def test_a_continuation_that_ends_like_a_heading_stays_in_its_entry() -> None:
    text = (
        "A + B\ndimana:\na. A adalah harga di titik penyerahan, bisa di well head maupun\n"
        "plan gate pipa hulu;\nb. B adalah tarif pengangkutan gas bumi"
    )
    assert ikicalc.parse(text).variables[0].endswith("plan gate pipa hulu")


@pytest.mark.parametrize("heading", ["Uraian:", "Keterangan rumus :", "Simbol yang digunakan :"])
def test_any_heading_over_a_joined_legend(heading: str) -> None:
    text = f"A/B {heading} A = Jumlah desa mandiri B = Jumlah seluruh desa"
    assert ikicalc.parse(text).variables == _DESA


# legends as offices write them, each on its lines and with its line breaks lost
_SHAPES = [
    "A/B x 100%\nA: Jumlah desa mandiri; B: Jumlah seluruh desa",
    "A/B x 100% (A: Jumlah desa mandiri; B: Jumlah seluruh desa)",
    "A/B x 100%\nA = Jumlah desa mandiri, B = Jumlah seluruh desa",
    "A/B x 100%\nketerangan: A = Jumlah desa mandiri dan B = Jumlah seluruh desa",
    "A/B x 100%\nA : Jumlah desa\n     mandiri\nB : Jumlah seluruh desa",
    "P = A/B x 100%\nP = persentase desa mandiri\nA = Jumlah desa mandiri\nB = Jumlah seluruh desa",
    "A/B x 100%\n\nKeterangan:\n\nA = Jumlah desa mandiri\n\nB = Jumlah seluruh desa",
    "A/B*100\nA=Jumlah desa mandiri\nB=Jumlah seluruh desa",
    "A/B x 100%\nA adalah Jumlah desa mandiri.\nB adalah Jumlah seluruh desa.",
    "A/B x 100%\nDengan A = Jumlah desa mandiri\ndan B = Jumlah seluruh desa",
    "A/B x 100%\nA → Jumlah desa mandiri\nB → Jumlah seluruh desa",
    "A/B x 100%\nA=Jumlah desa mandiri;B=Jumlah seluruh desa",
    "(A/B) x 100%\nKeterangan :\n- A : Jumlah desa mandiri\n- B : Jumlah seluruh desa",
    "A/B x 100%\nKeterangan:\nA : Jumlah desa mandiri\nB : Jumlah seluruh desa\nSumber data: BPS",
    "A/B x 100%\nKeterangan:\nA : Jumlah desa mandiri\nB : Jumlah seluruh desa\nSemakin tinggi semakin baik",
    "Rumus:\nA/B x 100%\nKeterangan:\nA : Jumlah desa mandiri\nB : Jumlah seluruh desa",
    "Persentase desa mandiri = A/B x 100%, dimana A adalah Jumlah desa mandiri dan B adalah Jumlah seluruh desa.",
    "A/B x 100%\nA : Jumlah desa mandiri\n\nB : Jumlah seluruh desa",
    "A / B X 100 %\nA= Jumlah desa mandiri\nB= Jumlah seluruh desa",
    "A dibagi B dikali 100%\nA = Jumlah desa mandiri\nB = Jumlah seluruh desa",
    "(A÷B)×100%\nA = Jumlah desa mandiri\nB = Jumlah seluruh desa",
    "A/B x 100%\nKeterangan:\n• A: Jumlah desa mandiri\n• B: Jumlah seluruh desa",
    "A/B x 100%\nKeterangan:\nA\t= Jumlah desa mandiri\nB\t= Jumlah seluruh desa",
    "A/B x 100%\nKeterangan:\nA   :   Jumlah desa mandiri\nB   :   Jumlah seluruh desa",
    "A/B x 100 %\nKeterangan :\nA = Jumlah desa mandiri (desa)\nB = Jumlah seluruh desa (desa)",
    "A/B x 100%\nKeterangan:\nA = Jumlah desa mandiri\nB = Jumlah seluruh desa\nC = Jumlah kelurahan",
    "A/B x 100%\nKeterangan: A = Jumlah desa mandiri\n            B = Jumlah seluruh desa",
    "A/B x 100%\nKet : A = Jumlah desa mandiri, B = Jumlah seluruh desa",
    "A/B x 100% ; A = Jumlah desa mandiri ; B = Jumlah seluruh desa",
    "A/B x 100%. A = Jumlah desa mandiri. B = Jumlah seluruh desa.",
    "[A/B] x 100%\nA = Jumlah desa mandiri\nB = Jumlah seluruh desa",
    "A/B x 100%\nA = “Jumlah desa mandiri”\nB = “Jumlah seluruh desa”",
]


@pytest.mark.parametrize("text", _SHAPES)
@pytest.mark.parametrize("joined", [False, True])
def test_a_legend_in_any_of_the_shapes_offices_use(text: str, joined: bool) -> None:
    text = " ".join(line.strip() for line in text.splitlines()) if joined else text
    assert ikicalc.parse(text).variables == _DESA


def test_a_one_letter_symbol_with_its_name_in_brackets_under_the_formula() -> None:
    text = "A/B x 100%\nA (Jumlah desa mandiri)\nB (Jumlah seluruh desa)"
    assert ikicalc.parse(text).variables == _DESA


@pytest.mark.parametrize(
    "text",
    [
        "A/B x 100%\nA = Jumlah desa mandiri (sumber: DPMD)\nB = Jumlah seluruh desa (sumber: BPS)",
        "A/B x 100%\nA = Jumlah desa mandiri (data DPMD)\nB = Jumlah seluruh desa (data BPS)",
        # a legend's table exported one cell a line
        "A/B x 100%\nA\nJumlah desa mandiri\nB\nJumlah seluruh desa",
        # the definitions, then at once the formula over their symbols
        "A = Jumlah desa mandiri B = Jumlah seluruh desa A/B x 100%",
        "Keterangan: A = Jumlah desa mandiri B = Jumlah seluruh desa A/B x 100%",
    ],
)
def test_sources_cells_a_line_and_definitions_first(text: str) -> None:
    assert ikicalc.parse(text).variables == _DESA


@pytest.mark.parametrize(
    "text",
    [
        # a name that goes on with "dengan …" is no heading (ambon-diskominfo-lakip-2021#02)
        "A/B x 100\nKeterangan:\nA = Jumlah Kelurahan\ndengan layanan internet\nB = Jumlah"
        " Kelurahan",
        # nor a title before a legend said on one line (A/B, dimana A = … dan B = …)
        "A/B, dimana A = Jumlah Kelurahan dengan layanan internet dan B = Jumlah Kelurahan",
    ],
)
def test_a_name_that_goes_on_is_no_heading_nor_title(text: str) -> None:
    assert ikicalc.parse(text).variables == (
        "Jumlah Kelurahan dengan layanan internet",
        "Jumlah Kelurahan",
    )
