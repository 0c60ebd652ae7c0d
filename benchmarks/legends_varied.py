"""Variant benchmark: the CONTAINERS a legend comes in, composed (session 18, legend18).

    python benchmarks/legends_varied.py [--half work|fresh|both] [--count N] [--seed S]
                                        [--show-failures] [--by part]

Legends read 47.6 % on the set-aside third while the pools of earlier sessions
(``legends_composed.py``, ``legends_real.py``) read 97-100 % on their work halves: those pools
vary the heading, the separator and the mark of an entry written one per line. Real cells
carry a legend in other CONTAINERS: an HTML list (``<ul><li>NDS = …</li>``), lines broken
with ``<br>``, a table's rows (``| A | Jumlah … |``), two entries on one line (``A = …;  B =
…``, a tab between them), entries whose name wraps onto an indented line, a legend under a
stacked fraction (the bar a line of dashes or underscores), names that hold what a symbol
reader may take for a separator (``desa/kelurahan``, ``kompetensi, profesi, dan/atau
industri``, ``(orang)``, ``K3``), an entry ended by ``..`` or ``;``. This benchmark draws
each cell's container, separator, symbol style and names from its pools.

Every pool is split in two halves by a hash of the phrase (``tests/public_scoring.pool_half``,
salt ``legends-varied-v1``): rules are drawn from the *work* half only; the *fresh* half is
read for its rate only (at the start and at the end of session 18). The containers and the
formulas are in both halves. The holdout file is never read.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pool_kit import Pools, QuotedParts, command, pooled  # noqa: E402
from tests.public_scoring import ComposedBenchmark, halves  # noqa: E402

COUNT = 500
"""How many cells are drawn from each half."""
SEED = 18
SALT = "legends-varied-v1"

NAMES: tuple[str, ...] = (
    "Jumlah desa/kelurahan yang melaksanakan UCI", "Jumlah seluruh desa/kelurahan",
    "Jumlah dosen tetap bersertifikasi kompetensi, profesi, dan/atau industri",
    "Jumlah dosen tetap", "Jumlah mahasiswa asing dalam 3 tahun terakhir",
    "Jumlah mahasiswa aktif pada saat TS", "Jumlah kasus DBD yang ditangani",
    "Jumlah kasus DBD yang ditemukan", "Jumlah balita gizi buruk yang mendapat perawatan",
    "Jumlah balita gizi buruk", "Jumlah penduduk usia 15 tahun ke atas yang bekerja",
    "Jumlah angkatan kerja", "Panjang jalan provinsi dalam kondisi baik (km)",
    "Panjang jalan provinsi seluruhnya (km)", "Jumlah perusahaan yang menerapkan K3",
    "Jumlah perusahaan wajib K3", "Nilai realisasi investasi PMA/PMDN",
    "Target investasi PMA/PMDN", "Jumlah pelaku usaha mikro yang mendapat NIB",
    "Jumlah pelaku usaha mikro terdata", "Luas kawasan hutan yang direhabilitasi (Ha)",
    "Luas lahan kritis (Ha)", "Jumlah sekolah dengan akreditasi A",
    "Jumlah sekolah SD/MI negeri dan swasta", "Jumlah rumah tangga pengguna air bersih",
    "Jumlah rumah tangga", "Jumlah laporan keuangan SKPD yang tepat waktu",
    "Jumlah SKPD", "Jumlah layanan administrasi kependudukan secara daring",
    "Jumlah seluruh layanan administrasi kependudukan", "Jumlah ibu hamil yang mendapat TTD",
    "Jumlah sasaran ibu hamil", "Jumlah produk hukum daerah yang diundangkan",
    "Jumlah rancangan produk hukum daerah", "Realisasi PAD tahun berjalan",
    "Target PAD tahun berjalan", "Jumlah wisatawan yang berkunjung ke objek wisata",
    "Kapasitas objek wisata", "Jumlah nelayan yang memiliki kartu KUSUKA",
    "Jumlah nelayan terdaftar", "Jumlah penyandang disabilitas yang mendapat layanan rehabilitasi",
    "Jumlah penyandang disabilitas terlantar", "Volume sampah yang didaur ulang (ton)",
    "Volume sampah yang dihasilkan (ton)", "Jumlah pasar tradisional yang direvitalisasi",
    "Jumlah pasar tradisional milik pemerintah daerah", "Jumlah koperasi sehat",
    "Jumlah koperasi aktif", "Jumlah ASN yang mengikuti diklat/bimtek",
    "Jumlah ASN", "Jumlah bayi usia 0-11 bulan yang diimunisasi lengkap",
    "Jumlah bayi usia 0-11 bulan",
)
LABELS: tuple[str, ...] = ("", "", "PDS", "Persentase", "Capaian", "Rasio", "IKU", "Nilai")
SEPARATORS: tuple[str, ...] = (
    " = ", " : ", " adalah ", " ialah ", "\t", " = adalah ", " merupakan ", " yaitu ", ": ",
    " – ", "\t:\t", " =\t",
)
HEADINGS: tuple[str, ...] = (
    "", "Keterangan:", "Dimana:", "Dengan :", "Ket :", "Keterangan :", "dimana", "Di mana :",
    "Penjelasan:", "Keterangan Rumus :",
)
ENDINGS: tuple[str, ...] = ("", ".", ";", "..", ",")
CONTAINERS: tuple[str, ...] = (
    "html list", "html list, heading", "br lines", "table rows", "two per line",
    "wrapped names", "under a stack", "numbered", "bulleted", "after a paragraph",
    "html table", "html paragraphs", "markdown table", "name, then symbol", "one line after",
    "legend above",
)
FORMULAS: tuple[tuple[str, str], ...] = (
    ("({1} / {2}) x 100%", "v1 / v2 * 100"),
    ("{1}/{2} x 100%", "v1 / v2 * 100"),
    ("{1} / {2} × 100", "v1 / v2 * 100"),
    ("({1} - {2}) / {2} x 100%", "(v1 - v2) / v2 * 100"),
    ("{1} / {2}", "v1 / v2"),
)
STYLES = ("acronym", "letters", "numbered", "lower", "subscripts")


_UNIT = re.compile(r" \((?:Ha|ton|km)\)$")
"""A unit after a legend's name: the reader sets it aside (as ``legends_composed``'s units)."""

half_of = halves(SALT)
"""``"work"`` or ``"fresh"``: the half of a pool a phrase falls in (a hash of it)."""


def pools(half: str) -> Pools:
    """The phrases of ``half``; an empty phrase ("no heading") is in both."""
    return Pools.kept(
        half_of, half, names=NAMES, labels=LABELS, separators=SEPARATORS, headings=HEADINGS,
        endings=ENDINGS,
    )


@dataclass(frozen=True)
class Variant(QuotedParts):
    """One composed cell and the reading a careful reader gives it."""

    container: str
    style: str
    separator: str
    ending: str
    text: str
    variables: tuple[str, ...]
    structure: str


def _symbols(style: str, names: Sequence[str]) -> list[str]:
    if style == "letters":
        return ["A", "B"][: len(names)]
    if style == "lower":
        return ["a", "b"][: len(names)]
    if style == "numbered":
        return ["X1", "X2"][: len(names)]
    if style == "subscripts":
        return ["X₁", "X₂"][: len(names)]
    symbols: list[str] = []
    for name in names:
        letters = "".join(w[0] for w in name.split() if w[0].isalpha()).upper()[:4]
        while letters in symbols or len(letters) < 2:
            letters += "T"
        symbols.append(letters)
    return symbols


def _wrapped(name: str, rng: random.Random) -> str:
    """The name broken after a word in its middle, the rest on an indented line."""
    words = name.split()
    if len(words) < 4:
        return name
    cut = rng.randint(2, len(words) - 2)
    indent = rng.choice(("    ", "\t", "      "))
    return " ".join(words[:cut]) + "\n" + indent + " ".join(words[cut:])


def compose(rng: random.Random, pool: Pools) -> Variant:
    """One cell drawn from ``pool``."""
    container = rng.choice(CONTAINERS)
    template, structure = rng.choice(FORMULAS)
    names = rng.sample(pool.names, 2)
    style = rng.choice(STYLES)
    symbols = _symbols(style, names)
    separator = rng.choice(pool.separators)
    ending = rng.choice(pool.endings)
    heading = rng.choice(pool.headings)
    label = rng.choice(pool.labels)
    formula = template.replace("{1}", symbols[0]).replace("{2}", symbols[1])
    formula = f"{label} = {formula}" if label else formula
    entries = [f"{s}{separator}{n}{ending}" for s, n in zip(symbols, names, strict=True)]
    head = [heading] if heading else []
    if container.startswith("html list"):
        items = [f"<li>{e}</li>" for e in entries]
        tag = rng.choice(("ul", "ol"))
        if container == "html list, heading":
            lines = [formula, *(head or ["Keterangan:"]), f"<{tag}>", *items, f"</{tag}>"]
        else:
            lines = [f"<{tag}>", formula, *items, f"</{tag}>"]
        text = "\n".join(lines)
    elif container == "br lines":
        text = "<br>".join([formula, *head, *entries]) if rng.random() < 0.5 else (
            "<br>\n".join([formula, *head, *entries])
        )
    elif container == "table rows":
        bar = rng.choice(("|", "¦"))
        rows = [f"{bar} {s} {bar} {n} {bar}" for s, n in zip(symbols, names, strict=True)]
        text = "\n".join([formula, *head, *rows])
    elif container == "two per line":
        gap = rng.choice(("; ", ";   ", "\t", "    ", ", "))
        text = "\n".join([formula, *head, gap.join(e.rstrip(";,.") for e in entries)])
    elif container == "wrapped names":
        wrapped = [
            f"{s}{separator}{_wrapped(n, rng)}{ending}" for s, n in zip(symbols, names, strict=True)
        ]
        text = "\n".join([formula, *(head or ["Keterangan:"]), *wrapped])
    elif container == "under a stack":
        width = max(len(s) for s in symbols) + rng.randint(4, 10)
        bar = rng.choice(("-", "_", "—")) * width
        scale = rng.choice((" x 100%", " × 100 %", " X 100%"))
        stacked = [symbols[0], bar + scale, symbols[1]]
        if label:
            stacked[1] = f"{label} = {stacked[1]}"
        structure = "v1 / v2 * 100"
        text = "\n".join([*stacked, *(head or ["Keterangan:"]), *entries])
    elif container == "numbered":
        mark = rng.choice(("{n}. ", "{n}) ", "({n}) ", "{a}. ", "{a}) "))
        marked = [
            mark.format(n=i + 1, a="ab"[i]) + e for i, e in enumerate(entries)
        ]
        text = "\n".join([formula, *(head or ["Keterangan:"]), *marked])
    elif container == "bulleted":
        mark = rng.choice(("• ", "- ", "* ", "◦ ", "▪ ", "> "))
        text = "\n".join([formula, *head, *(mark + e for e in entries)])
    elif container == "html table":
        cells = [
            f"<tr><td>{s}</td><td>{separator.strip() or ':'}</td><td>{n}</td></tr>"
            for s, n in zip(symbols, names, strict=True)
        ]
        text = "\n".join([formula, *head, "<table>", *cells, "</table>"])
    elif container == "html paragraphs":
        text = "\n".join(f"<p>{line}</p>" for line in [formula, *head, *entries])
    elif container == "markdown table":
        rows = [f"| {s} | {n} |" for s, n in zip(symbols, names, strict=True)]
        top = rng.choice(("| Simbol | Keterangan |", "| Notasi | Uraian |"))
        text = "\n".join([formula, *head, top, "|---|---|", *rows])
    elif container == "name, then symbol":
        mark = rng.choice(("", "- ", "{n}. "))
        said = [
            f"{mark.format(n=i + 1)}{n} ({s})" for i, (s, n) in enumerate(zip(symbols, names, strict=True))
        ]
        text = "\n".join([formula, *(head or ["Keterangan:"]), *said])
    elif container == "one line after":
        glue = rng.choice(("; ", ", ", " ; "))
        opener = heading or rng.choice(("Keterangan:", "dimana", "Ket:"))
        text = "\n".join([formula, f"{opener} " + glue.join(e.rstrip(";,.") for e in entries)])
    elif container == "legend above":
        then = rng.choice(("Rumus:", "Maka:", "Rumus perhitungan:", "Formula :"))
        text = "\n".join([*head, *entries, then, formula])
    else:  # after a paragraph: a sentence, then the formula and its legend
        opening = rng.choice((
            "Indikator ini dihitung dengan rumus sebagai berikut:",
            "Cara perhitungan:",
            "Rumus yang digunakan adalah:",
        ))
        text = "\n".join([opening, formula, *head, *entries])
    variables = tuple(_UNIT.sub("", name) for name in names)  # "(Ha)": the legend's unit aside
    return Variant(container, style, separator, ending, text, variables, structure)


variants = pooled(pools, compose, COUNT, SEED)
"""``variants(half, count, seed)``: ``count`` cells of ``half``, drawn with ``seed``."""

BENCHMARK = ComposedBenchmark(
    "legends varied", variants, ("container", "style", "separator", "ending"), "container",
    COUNT, SEED,
)
score, rate, main = BENCHMARK.score, BENCHMARK.rate, command(BENCHMARK, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
