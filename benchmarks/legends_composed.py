"""Variant benchmark: a formula written with SYMBOLS and a LEGEND that names them, composed.

    python benchmarks/legends_composed.py [--half work|fresh|both] [--count N] [--seed S]
                                          [--show-failures] [--by part]

Performance documents (renstra, LKjIP, manual IKU, SPM regulations, BPS metadata) write a
formula with symbols (``PKL = JKL / JK x 100%``, ``(x/y)*100%``, ``P_1/P_2``) and give them
names in a LEGEND: a HEADING or none (``Keterangan:``, ``Dimana :``, ``dengan``, ``Ket.``), then
an ENTRY per symbol: a MARK or none (``-``, ``a.``, ``1)``), the SYMBOL, a SEPARATOR (``=``,
``:``, ``adalah``, a tab), the NAME, an ENDING (``;``, ``.``); the entries under the formula,
above it, on its own line, said in one sentence (``dimana A adalah … dan B adalah …``), as
aliases in brackets (``Jumlah … (JKT)``), with a name on the next line, an entry that is
itself a sum (``N = B + C``), a unit or a source after a name (``(orang)``, ``, sumber: …``),
or naming only some of the symbols (the others are their own names).

This pool was written for this benchmark from how such documents lay out their legends in
general, not from the labelled cells (benchmarks/legend_shapes.py and variant_forms.py draw
from the dev cells). Every pool of words is split in two halves by a hash of the phrase
(``tests/public_scoring.pool_half``, salt ``legends-composed-v1``): rules are drawn from the
*work* half only; the *fresh* half is read for its rate only. The layouts, formulas and
symbol styles are in both halves. The holdout file is never read.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pool_kit import Pools, QuotedParts, command, pooled  # noqa: E402
from tests.public_scoring import ComposedBenchmark, halves  # noqa: E402

COUNT = 600
"""How many cells are drawn from each half."""
SEED = 14

HEADINGS: tuple[str, ...] = (
    "Keterangan:", "Keterangan :", "Ket.:", "Ket :", "Ket.", "Dimana:", "dimana :", "Di mana:",
    "di mana :", "dengan:", "Dengan :", "dengan", "Keterangan Rumus:", "Keterangan rumus :",
    "Penjelasan:", "Penjelasan :", "Dimana,", "Keterangan notasi:", "Keterangan simbol :",
    "Dengan keterangan:", "yang mana:", "Definisi:", "KETERANGAN:", "DIMANA :", "Keterangan",
    "dengan ketentuan:", "Catatan:", "Uraian :", "Penjelasan variabel:", "di mana",
)
SEPARATORS: tuple[str, ...] = (
    " = ", " : ", ": ", " adalah ", " merupakan ", " yaitu ", " ialah ", " – ", " - ", "\t",
    "\t: ", " := ", "= ", " =  ", " yakni ", "\t=\t", " : adalah ", " → ", " | ",
)
MARKS: tuple[str, ...] = (
    "", "", "", "- ", "• ", "{a}. ", "{n}) ", "{n}. ", "({a}) ", "{i}. ", "▪ ", "* ", "{a}) ",
    "({n}) ", "– ", "o ", "{A}. ", "➢ ",
)
ENDINGS: tuple[str, ...] = ("", "", ";", ".", ",", ";|dan", ";|atau")
NAMES: tuple[str, ...] = (
    "Jumlah pegawai yang mengikuti pelatihan teknis", "Jumlah seluruh pegawai",
    "Jumlah sekolah yang terakreditasi minimal B", "Jumlah seluruh sekolah",
    "Jumlah keluarga penerima bantuan pangan", "Jumlah keluarga miskin terdata",
    "Realisasi pendapatan asli daerah", "Target pendapatan asli daerah",
    "Jumlah kelurahan yang tertib administrasi", "Jumlah seluruh kelurahan",
    "Jumlah pengaduan yang ditindaklanjuti", "Jumlah pengaduan yang diterima",
    "Jumlah UMKM yang naik kelas", "Jumlah UMKM binaan",
    "Luas lahan sawah beririgasi", "Luas lahan sawah keseluruhan",
    "Jumlah dokumen perencanaan yang tepat waktu", "Jumlah dokumen perencanaan yang disusun",
    "Panjang jalan kabupaten dalam kondisi mantap", "Panjang jalan kabupaten",
    "Jumlah rekomendasi hasil pemeriksaan yang selesai", "Jumlah rekomendasi hasil pemeriksaan",
    "Jumlah kunjungan wisatawan mancanegara", "Jumlah kunjungan wisatawan nusantara",
    "Jumlah arsip yang tertata sesuai kaidah", "Jumlah arsip aktif",
    "Jumlah rumah tidak layak huni yang diperbaiki", "Jumlah rumah tidak layak huni",
    "Jumlah peserta didik yang lulus ujian", "Jumlah peserta didik tingkat akhir",
    "Nilai ekspor produk olahan", "Nilai investasi swasta", "Jumlah koperasi aktif",
    "Jumlah titik lampu penerangan jalan yang menyala", "Jumlah titik lampu penerangan jalan",
    "Volume sampah yang terangkut ke TPA", "Volume timbulan sampah harian",
    "Jumlah ASN yang menyampaikan LHKASN", "Jumlah ASN wajib lapor",
    "Jumlah desa yang memiliki BUMDes aktif", "Jumlah desa di kabupaten",
    "Jumlah perkara yang diselesaikan", "Jumlah perkara yang masuk",
    "Anggaran belanja modal", "Total belanja daerah", "Jumlah penyuluh pertanian lapangan",
)
LABELS: tuple[str, ...] = (
    "", "", "", "IKU", "Persentase", "Capaian", "Rasio", "Nilai", "Indeks", "Tingkat capaian",
    "Cakupan", "Prosentase", "Persentase capaian", "Realisasi",
)
# the words between a legend written before the formula and the formula
THENS: tuple[str, ...] = ("", "", "Rumus:", "Rumus :", "Maka:", "Formula:", "Cara menghitung:", "maka")
UNITS: tuple[str, ...] = ("(orang)", "(unit)", "(dokumen)", "(Ha)", "(km)", "(Rp)", "(desa)")
SOURCES: tuple[str, ...] = (
    ", sumber: BKPSDM", ", sumber data: Bappeda", " (sumber: BPS)", ". Sumber data: Dinas terkait",
    ", sumber: laporan tahunan", " (Sumber: SIPD)",
)

# formulas: a template over symbols {1} … {n} and its structure
FORMULAS: tuple[tuple[str, str], ...] = (
    ("{1}/{2} x 100%", "v1 / v2 * 100"),
    ("({1}/{2})*100%", "v1 / v2 * 100"),
    ("{1} / {2} × 100 %", "v1 / v2 * 100"),
    ("({1} : {2}) x 100%", "v1 / v2 * 100"),
    ("({1} - {2}) / {2} x 100%", "(v1 - v2) / v2 * 100"),
    ("{1} + {2} + {3}", "v1 + v2 + v3"),
    ("({1} + {2}) / {3} x 100%", "(v1 + v2) / v3 * 100"),
    ("{1}/{2}", "v1 / v2"),
    ("{1} / ({2} + {3}) x 100", "v1 / (v2 + v3) * 100"),
    ("{1} x {2}", "v1 * v2"),
)
STYLES = ("upper", "lower", "xyz", "acronym", "numbered", "subscript", "dotted", "pq")
LAYOUTS = (
    "below", "below, no heading", "above", "one line", "one sentence", "aliases",
    "name on the next line", "latex", "partial", "entry is a sum", "unit or source",
    "name first", "heading on the formula's line",
)
_ROMAN = ("i", "ii", "iii", "iv")


half_of = halves("legends-composed-v1")
"""``"work"`` or ``"fresh"``: the half of a pool a phrase falls in (a hash of it)."""


def pools(half: str) -> Pools:
    """The phrases of ``half``; an empty phrase ("no mark", "no label") is in both."""
    return Pools.kept(
        half_of, half, headings=HEADINGS, separators=SEPARATORS, marks=MARKS, endings=ENDINGS,
        names=NAMES, labels=LABELS, thens=THENS, units=UNITS, sources=SOURCES,
    )


@dataclass(frozen=True)
class Variant(QuotedParts):
    """One composed cell and the reading a careful reader gives it."""

    layout: str
    style: str
    heading: str
    separator: str
    mark: str
    text: str
    variables: tuple[str, ...]
    structure: str


def _acronym(name: str, taken: set[str]) -> str:
    letters = "".join(w[0] for w in name.split() if w[0].isalpha()).upper()[:5]
    while letters in taken or len(letters) < 2:
        letters += "X"
    taken.add(letters)
    return letters


def _symbols(rng: random.Random, style: str, names: Sequence[str]) -> list[str]:
    count = len(names)
    if style == "upper":
        return list("ABCD"[:count])
    if style == "lower":
        return list("abcd"[:count])
    if style == "xyz":
        return list("xyzw"[:count])
    if style == "pq":
        return list("PQRS"[:count])
    if style == "acronym":
        taken: set[str] = set()
        return [_acronym(n, taken) for n in names]
    head = rng.choice(("X", "IK", "P", "K", "N"))
    if style == "numbered":
        return [f"{head}{i}" for i in range(1, count + 1)]
    if style == "subscript":
        return [f"{head}_{i}" for i in range(1, count + 1)]
    return [f"{head}.{i}" for i in range(1, count + 1)]  # dotted


def _mark(template: str, number: int) -> str:
    return template.format(
        a="abcd"[number], A="ABCD"[number], i=_ROMAN[number], n=str(number + 1)
    )


def _entry(mark: str, symbol: str, separator: str, name: str, ending: str) -> str:
    return f"{mark}{symbol}{separator}{name}{ending}"


def _endings(ending: str, count: int) -> list[str]:
    """The ending of each of ``count`` entries (``;`` … ``; dan`` … ``.``)."""
    if ending.startswith(";|"):
        return [";"] * (count - 2) + [f"; {ending[2:]}", "."] if count > 1 else ["."]
    return [ending] * count


def compose(rng: random.Random, pool: Pools) -> Variant:
    """One cell drawn from ``pool``."""
    layout = rng.choice(LAYOUTS)
    template, structure = rng.choice(FORMULAS)
    if layout == "entry is a sum":
        template, structure = "{1} / {2} x 100%", "v1 / (v2 + v3) * 100"
    if layout == "latex":
        template, structure = rng.choice(
            (("\\frac{{{1}}}{{{2}}}\\times100\\%", "v1 / v2 * 100"), ("\\frac{{{1}}}{{{2}}}", "v1 / v2"))
        )
    count = max(int(d) for d in structure if d.isdigit())
    names = rng.sample(pool.names, count)
    style = rng.choice(STYLES if layout != "aliases" else ("acronym",))
    if layout == "latex" and style in ("dotted", "subscript"):
        style = "acronym"
    symbols = _symbols(rng, style, names)
    heading = rng.choice(pool.headings)
    separator = rng.choice(pool.separators)
    mark = rng.choice(pool.marks)
    ending = rng.choice(pool.endings)
    endings = _endings(ending, count)
    label = rng.choice(pool.labels)
    variables = list(names)
    written = symbols
    legend_symbols, legend_names = list(symbols), list(names)
    if layout == "entry is a sum":
        total = rng.choice(("N", "T", "JT", "S"))
        while total in symbols:
            total += "T"
        written = [symbols[0], total]
        sum_entry = f"{symbols[1]} + {symbols[2]}"
        legend_symbols = [symbols[0], total, symbols[1], symbols[2]]
        legend_names = [names[0], sum_entry, names[1], names[2]]
        endings = _endings("", 4)
    formula = template.replace(" x {2}", " × {2}") if style == "xyz" else template
    for number, symbol in enumerate(written, start=1):
        formula = formula.replace("{" + str(number) + "}", symbol)
    formula = formula.replace("{{", "{").replace("}}", "}")
    if layout == "latex":
        formula = f"${label or 'P'}={formula}$" if rng.random() < 0.5 else f"$${formula}$$"
    elif label:
        formula = f"{label} = {formula}"
    if layout == "partial":  # the legend names the first symbol(s) only
        shown = rng.randint(1, count - 1)
        variables = names[:shown] + symbols[shown:]
        legend_symbols, legend_names = symbols[:shown], names[:shown]
        endings = _endings(ending, shown)
    if layout == "unit or source":
        extra = rng.choice((*pool.units, *pool.sources))
        legend_names = [f"{n} {extra}" if extra.startswith("(") else n + extra for n in legend_names]
    entries = [
        _entry(_mark(mark, i), s, separator, n, endings[i] if i < len(endings) else "")
        for i, (s, n) in enumerate(zip(legend_symbols, legend_names, strict=True))
    ]
    if layout == "name on the next line":
        joint = separator.rstrip() or " :"
        entries = [
            f"{_mark(mark, i)}{s}{joint}\n{n}{endings[i]}"
            for i, (s, n) in enumerate(zip(legend_symbols, legend_names, strict=True))
        ]
    if layout == "name first":
        joint = rng.choice((" = ", " : "))
        entries = [
            f"{_mark(mark, i)}{n}{joint}{s}{endings[i]}"
            for i, (s, n) in enumerate(zip(legend_symbols, legend_names, strict=True))
        ]
    if layout == "below, no heading":
        text = "\n".join([formula, *entries])
    elif layout == "above":
        then = rng.choice(pool.thens)
        text = "\n".join([*entries, *([then] if then else []), formula])
    elif layout == "one line":
        flat = [e.rstrip(";,.") for e in entries]
        text = f"{formula} {heading} " + rng.choice(("; ", ", ")).join(flat)
    elif layout == "heading on the formula's line":
        text = "\n".join([f"{formula} {heading}", *entries])
    elif layout == "one sentence":
        copula = rng.choice(("adalah", "merupakan", "yaitu", "ialah"))
        said = [f"{s} {copula} {n}" for s, n in zip(legend_symbols, legend_names, strict=True)]
        joined = ", ".join(said[:-1]) + (", dan " if len(said) > 2 else " dan ") + said[-1]
        opener = rng.choice(("dimana", "di mana", "dengan", "Dimana", "yang mana"))
        text = f"{formula}\n{opener} {joined}."
    elif layout == "aliases":
        text = "\n".join([*(f"{n} ({s})" for s, n in zip(symbols, names, strict=True)), formula])
    else:
        text = "\n".join([formula, heading, *entries])
    return Variant(layout, style, heading, separator, mark, text, tuple(variables), structure)


variants = pooled(pools, compose, COUNT, SEED)
"""``variants(half, count, seed)``: ``count`` cells of ``half``, drawn with ``seed``."""

BENCHMARK = ComposedBenchmark(
    "legends", variants, ("layout", "style", "heading", "separator", "mark"), "layout", COUNT, SEED
)
score, rate, main = BENCHMARK.score, BENCHMARK.rate, command(BENCHMARK, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
