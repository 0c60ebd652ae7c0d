"""Variant benchmark of the `names` family (issue 14, causes 1, 2, 3, 5 and 9).

    python benchmarks/variants_names.py [--show-failures] [--kind KIND]

Takes the real formula cells of the development corpus (``tests/data/public-cells.jsonl``)
that ikicalc reads right and whose variables stand in the cell as written, and the seed
formulas of the shape ``A / B × 100%``, and rewrites them the way other offices write the
same thing: a real qualifier put into each name (an age range, a threshold, a count, a time
index, a code, an abbreviation with its period), the operator said in another word or
spacing, a rate or multiplier after the ratio, a slash with no spaces. Each variant carries
the variables a careful reader names and the structure, and is scored exactly as
``benchmarks/score_public.py`` scores a real cell (``tests/public_scoring.read_cell``: same
variables, case and spacing aside, same value on random inputs). Prints the read-right rate
per kind of variation and per form.

The qualifiers are the forms of real documents (SPM kesehatan, puskesmas definisi
operasional, BPS metadata, IKK/LPPD tables); where a document showed a form it is named in
a comment. The holdout file is never read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import ikicalc  # noqa: E402
from ikicalc.errors import IkiError  # noqa: E402
from ikicalc.lang import ast  # noqa: E402
from tests.public_scoring import (  # noqa: E402
    Reading,
    read_cell,
    variant_cells,
)

SEEDS = ROOT / "tests" / "data" / "seed-indicators.jsonl"
FAMILY = {1, 2, 3, 5, 9}
"""The causes of issue 14 this benchmark varies (operator words, numbers in names, dots,
multipliers, slashes)."""
PER_FORM = 6
"""How many base cells each form is put into."""


@dataclass(frozen=True)
class Base:
    """A real cell read right: its text and its labelled variables and structure."""

    id: str
    text: str
    variables: tuple[str, ...]
    structure: str


@dataclass(frozen=True)
class Variant:
    """One rewritten cell with the reading a careful reader gives it."""

    kind: str
    form: str
    base: str
    text: str
    variables: tuple[str, ...]
    structure: str

    def cell(self, number: int) -> dict[str, object]:
        """The variant as a corpus cell, for ``read_cell``."""
        return {
            "id": f"variant#{number}:{self.base}",
            "text": self.text,
            "variables": list(self.variables),
            "structure": self.structure,
        }


# --- the bases ---------------------------------------------------------------------------

_PEOPLE = re.compile(
    r"(?i)\b(?:penduduk|anak|balita|bayi|ibu|siswa|pegawai|pasien|masyarakat|warga|remaja|"
    r"lansia|peserta|orang|PNS|ASN|penderita|pengunjung|murid|rumah tangga|keluarga)\b"
)


def _spelled(name: str) -> re.Pattern[str]:
    """The name as it may stand in a cell: any white space (a line break) between words."""
    return re.compile(r"\s+".join(re.escape(word) for word in name.split()))


def dev_bases() -> list[Base]:
    """Dev formula cells whose every variable stands in the text as written (read right
    today or not: the variants do not change as the reader changes)."""
    bases = []
    for cell in variant_cells():
        if cell["kind"] != "formula":
            continue
        variables = tuple(cell["variables"])
        if any(not _spelled(v).search(cell["text"]) for v in variables):
            continue
        if any(
            _spelled(a).search(b) for a in variables for b in variables if a != b
        ):  # one name inside another: substitution would be ambiguous
            continue
        bases.append(Base(cell["id"], cell["text"], variables, cell["structure"]))
    return bases


def seed_bases() -> list[Base]:
    """Seed formulas that read as ``A / B × 100%`` (as the seed corpus pins them)."""
    bases = []
    with SEEDS.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            text = row.get("formula") or ""
            try:
                formula = ikicalc.parse(text)
            except IkiError:
                continue
            expr = formula.expr
            if not (
                isinstance(expr, ast.Binary)
                and expr.op is ast.Op.MUL
                and isinstance(expr.left, ast.Binary)
                and expr.left.op is ast.Op.DIV
                and isinstance(expr.left.left, ast.Variable)
                and isinstance(expr.left.right, ast.Variable)
                and str(expr.right) == "100%"
                and not formula.guesses
            ):
                continue
            variables = (expr.left.left.name, expr.left.right.name)
            if len({v.lower() for v in variables}) < 2 or any(
                not _spelled(v).search(text) for v in variables
            ):
                continue
            bases.append(Base(row["id"], text, variables, "v1 / v2 * 100"))
    return bases


# --- rewriting ---------------------------------------------------------------------------


def _put_in(name: str, qualifier: str, where: str) -> str:
    """``name`` with ``qualifier`` after its first two words (``mid``) or at its end."""
    words = name.split()
    if where == "mid" and len(words) >= 3:
        return " ".join([*words[:2], qualifier, *words[2:]])
    return f"{name} {qualifier}"


def _rename(base: Base, names: tuple[str, ...]) -> str:
    text = base.text
    for old, new in sorted(zip(base.variables, names, strict=True), key=lambda p: -len(p[0])):
        text = _spelled(old).sub(new.replace("\\", "\\\\"), text)
    return text


def _pick(bases: list[Base], salt: str, count: int = PER_FORM) -> list[Base]:
    """``count`` bases, a different rotation for each form (deterministic)."""
    if not bases:
        return []
    start = sum(map(ord, salt)) % len(bases)
    return [bases[(start + 7 * i) % len(bases)] for i in range(min(count, len(bases)))]


def qualified(
    kind: str, forms: list[tuple[str, str]], bases: list[Base], people: bool
) -> Iterator[Variant]:
    """Each form put into every name of some bases (``mid`` or ``end`` of the name)."""
    pool = [b for b in bases if not people or all(_PEOPLE.search(v) for v in b.variables)]
    for form, where in forms:
        for base in _pick(pool, form):
            names = tuple(_put_in(v, form, where) for v in base.variables)
            yield Variant(kind, form, base.id, _rename(base, names), names, base.structure)


def _ratio_pairs(bases: list[Base]) -> list[tuple[str, str, str]]:
    """(base id, numerator, denominator) of the bases that are ``v1 / v2 …``."""
    return [
        (b.id, b.variables[0], b.variables[1])
        for b in bases
        if len(b.variables) == 2 and b.structure.replace(" ", "").startswith("v1/v2")
    ]


def composed(
    kind: str, forms: list[tuple[str, str, str]], pairs: list[tuple[str, str, str]]
) -> Iterator[Variant]:
    """Templates ``{a}``/``{b}`` filled with real numerator/denominator names."""
    for label, template, structure in forms:
        start = sum(map(ord, label)) % len(pairs)
        for i in range(min(PER_FORM, len(pairs))):
            base, a, b = pairs[(start + 5 * i) % len(pairs)]
            if "{a}" in template and "{b}" not in template:
                variables: tuple[str, ...] = (a,)
            else:
                variables = (a, b)
            yield Variant(kind, label, base, template.format(a=a, b=b), variables, structure)


# --- the forms ---------------------------------------------------------------------------

# ages and ranges ("usia 0–59 bulan", "usia ≥ 7 tahun", ">=60 tahun": SPM kesehatan and the
# Bappenas kode referensi pages; "(15-64 tahun)", "usia <15 tahun dan > 65 tahun": the
# definisi operasional of profil kesehatan)
AGES = [
    ("usia 15-24 tahun", "mid"),
    ("usia 15 – 24 thn", "mid"),
    ("usia 0 s.d 11 bulan", "mid"),
    ("usia 0 sampai 11 bulan", "mid"),
    ("usia 6-59 bulan", "mid"),
    ("usia > 60 tahun", "mid"),
    ("usia ≥ 15 tahun", "mid"),
    ("usia 15 tahun ke atas", "mid"),
    ("(15-64 th)", "mid"),
    ("usia 7–12 tahun", "mid"),
    ("usia 1 - 4 tahun", "mid"),
    ("usia ≥ 7 tahun", "mid"),
    ("usia >=60 tahun", "mid"),
    ("usia 0–59 bulan", "mid"),
    ("usia < 15 tahun", "mid"),
    ("usia ≤ 18 tahun", "mid"),
    ("usia 15 s/d 59 tahun", "mid"),
    ("usia 15 s.d. 59 tahun", "mid"),
    ("umur di bawah 15 tahun", "mid"),
    ("usia 60 tahun keatas", "mid"),
    ("usia 0-28 hari", "mid"),
    ("(usia 15-64 tahun)", "end"),
    ("usia 12 - 23 bulan", "mid"),
    ("usia <15 tahun dan > 65 tahun", "mid"),
    ("umur 15 tahun keatas", "end"),
    ("usia 15 - 24\ntahun", "mid"),  # a line break inside the qualifier (Word wraps anywhere)
    ("usia ≥\n15 tahun", "mid"),
    ("lebih dari 60 tahun", "end"),
    ("di atas 60 tahun", "end"),
    ("kurang dari 5 tahun", "end"),
    ("(0-59 bulan)", "mid"),
    ("usia 6 - 11 bln", "mid"),
    ("usia 15-49 th", "mid"),
    ("usia 0‐11 bulan", "mid"),  # U+2010 HYPHEN, as PDF exports write it
    ("usia 15‑64 tahun", "mid"),  # U+2011 NON-BREAKING HYPHEN
    ("Usia 0−1 Tahun", "mid"),  # U+2212 MINUS SIGN (BPS ensiklopedia indikator)
]

# thresholds and counts
THRESHOLDS = [
    ("yang memenuhi ≥ 7 kriteria", "end"),
    ("minimal 4 kali", "end"),
    ("K4", "mid"),
    ("dengan 4 kali kunjungan", "end"),
    ("yang mendapat 2 x kunjungan nifas", "end"),
    ("yang ditangani 1x24 jam", "end"),
    ("dengan z-score di bawah -3 SD", "end"),
    ("dengan TB/U <-2 SD", "end"),
    ("dengan nilai ≥ 75", "end"),
    ("dengan skor 3,5", "end"),
    ("dengan IPK ≥ 3.00", "end"),
    ("dengan capaian 80 % ke atas", "end"),
    ("dalam waktu < 24 jam", "end"),
    ("dengan waktu tunggu ≤ 60 menit", "end"),
    ("minimal 1 kali setahun", "end"),
    ("lebih dari 3 kali", "end"),
    ("yang mendapat 90 tablet", "end"),
    ("dengan nilai > 80", "end"),
    ("sebanyak 2 kali", "end"),
    ("kurang dari 2 jam", "end"),
    # profil kesehatan definisi operasional: BBLR, anemia, hipertensi, obesitas
    ("dengan berat badan lahir < 2.500 gram", "end"),
    ("dengan BBL < 2500 gr", "end"),
    ("dengan kadar Hb < 11 g/dL", "end"),
    ("dengan tekanan darah ≥ 140/90 mmHg", "end"),
    ("dengan IMT ≥ 25 kg/m2", "end"),
    ("dengan lingkar perut > 90 cm", "end"),
    ("yang mendapat TTD 90 tablet", "end"),
    ("KN1", "mid"),
    ("dosis ke-2", "end"),
    ("sekurang-kurangnya 4 kali", "end"),
    ("dengan nilai ≥ 3,51", "end"),
    ("yang ditangani dan/atau diselesaikan", "end"),
    ("yang mencapai 80% UCI", "end"),  # desa UCI (SPM 2016-2020)
    ("dengan capaian 100%", "end"),
    ("dengan 100% guru bersertifikat", "end"),
    ("dengan LILA < 23,5 cm", "end"),  # ibu hamil KEK
    ("berusia > 18 tahun", "end"),  # profil kesehatan 2015, tabel 24
    ("dengan selisih ± 5%", "end"),
    ("minimal 6 kali (K6)", "end"),
    ("dengan akses ≥ 60 liter/orang/hari", "end"),
]

# time indices
TIMES = [
    ("tahun (t)", "end"),
    ("pada tahun (t)", "end"),
    ("tahun n-1", "end"),
    ("tahun 2024", "end"),
    ("TW I", "end"),
    ("semester 1", "end"),
    ("bulan ke-12", "end"),
    ("tahun sebelumnya", "end"),
    ("tahun t-1", "end"),
    ("(T-1)", "end"),
    ("triwulan III", "end"),
    ("s.d. triwulan IV", "end"),
    ("tahun 2023/2024", "end"),
    ("periode Januari - Desember", "end"),
    ("bulan Januari s.d Desember", "end"),
    ("periode 2019 - 2024", "end"),
    ("tahun 2020–2024", "end"),
    ("tahun ke-n", "end"),
    ("TA 2024", "end"),
    ("semester I", "end"),
]

GROWTH = [  # (label, current, previous): the same quantity at two times
    ("X(t)", "{q}(t)", "{q}(t-1)"),
    ("X (t)", "{q} (t)", "{q} (t-1)"),
    ("X tahun t", "{q} tahun t", "{q} tahun t-1"),
    ("X tahun n", "{q} tahun n", "{q} tahun n-1"),
    ("X tahun 2024", "{q} tahun 2024", "{q} tahun 2023"),
    ("X(T)", "{q}(T)", "{q}(T-1)"),
    ("X tahun berjalan", "{q} tahun berjalan", "{q} tahun sebelumnya"),
    ("X th t", "{q} th t", "{q} th t-1"),
    ("X t−1 (minus sign)", "{q} tahun t", "{q} tahun t−1"),
]
GROWTH_QUANTITIES = ["PAD", "PDRB", "Jumlah wisatawan", "Nilai ekspor", "Jumlah UMKM"]
GROWTH_SHAPES = [
    ("({c} - {p}) / {p} x 100%", "(v1 - v2) / v2 * 100"),
    ("({c} – {p}) : {p} x 100%", "(v1 - v2) / v2 * 100"),
    ("{c} dikurangi {p} dibagi {p} dikali 100%", "(v1 - v2) / v2 * 100"),
    ("{c} / {p} x 100%", "v1 / v2 * 100"),
]

# codes and numbered names
CODES = [
    ("Kelas I", "mid"),
    ("Tipe A", "mid"),
    ("sesuai Perda No. 5 Tahun 2019", "end"),
    ("bersertifikat ISO 9001:2015", "end"),
    ("sesuai SNI 01-2891", "end"),
    ("sesuai Standar 1.2.3", "end"),
    ("sesuai lampiran II", "end"),
    ("Kelas III", "mid"),
    ("sesuai Permenkes No. 43 Tahun 2016", "end"),
    ("sesuai PP Nomor 12 Tahun 2019", "end"),
    ("sesuai Perbup No.12 Th. 2020", "end"),
    ("eselon III.a", "mid"),
]

# dots and abbreviations
DOTS = [
    ("di Kec. Bagor", "end"),
    ("di Kel. Sukamaju", "end"),
    ("se-Kab./Kota", "end"),
    ("(KTP, KK, dll.)", "end"),
    ("(sekolah, posyandu, dsb.)", "end"),
    ("sesuai SK No. 12", "end"),
    ("Th. 2023", "end"),
    ("di Jl. Merdeka", "end"),
    ("a.n. Kepala Dinas", "end"),
    ("di Prov. Jawa Timur", "end"),
    ("s.d. Desember", "end"),
    ("s/d bulan Desember", "end"),
    ("di Kab./Kota", "end"),
    ("tk. Kecamatan", "end"),
    ("dll.", "end"),
    ("dsb", "end"),
    ("di Kec.Bagor", "end"),  # the abbreviation glued to the place's name
    ("di Kab.Banggai", "end"),
    ("di Jl.Merdeka", "end"),
    ("Prov.Jatim", "end"),
    ("oleh dr. spesialis", "end"),
    ("lulusan S1/D4", "end"),
]

# operator words and signs between two real names
OPERATORS = [
    ("/", "{a} / {b} x 100%", "v1 / v2 * 100"),
    ("dibagi", "{a} dibagi {b} dikali 100%", "v1 / v2 * 100"),
    ("dibagi dengan", "{a} dibagi dengan {b} dikalikan dengan 100%", "v1 / v2 * 100"),
    ("Dibagi Dengan", "{a} Dibagi Dengan {b} Dikalikan Dengan 100 %", "v1 / v2 * 100"),
    ("DIBAGI", "{a} DIBAGI {b} DIKALI 100%", "v1 / v2 * 100"),
    ("di bagi", "{a} di bagi {b} di kali 100%", "v1 / v2 * 100"),
    ("bagi", "{a} bagi {b} kali 100%", "v1 / v2 * 100"),
    (":", "{a} : {b} x 100%", "v1 / v2 * 100"),
    ("berbanding", "{a} berbanding {b} x 100%", "v1 / v2 * 100"),
    ("dikalikan", "{a} / {b} dikalikan 100%", "v1 / v2 * 100"),
    ("kali", "{a} / {b} kali 100", "v1 / v2 * 100"),
    ("dikali", "{a} dibagi {b} dikali 100", "v1 / v2 * 100"),
    ("ditambah", "{a} ditambah {b}", "v1 + v2"),
    ("di tambah", "{a} di tambah {b}", "v1 + v2"),
    ("ditambah dengan", "{a} ditambah dengan {b}", "v1 + v2"),
    ("dikurangi", "{a} dikurangi {b}", "v1 - v2"),
    ("dikurangi dengan", "{a} dikurangi dengan {b}", "v1 - v2"),
    ("Dikurangi", "{a} Dikurangi {b}", "v1 - v2"),
    ("( ) x 100%", "({a} / {b}) x 100%", "v1 / v2 * 100"),
    ("[ ] x 100%", "[{a} / {b}] x 100%", "v1 / v2 * 100"),
    ("line breaks", "{a}\ndibagi\n{b}\nx 100%", "v1 / v2 * 100"),
    ("double spaces", "{a}  dibagi  {b}  x  100 %", "v1 / v2 * 100"),
    ("dibagi dgn", "{a} dibagi dgn {b} dikali dgn 100%", "v1 / v2 * 100"),
    ("dibagi\\ndengan", "{a} dibagi\ndengan {b} dikalikan\ndengan 100%", "v1 / v2 * 100"),
    ("DIKALIKAN", "{a} DIBAGI {b} DIKALIKAN 100%", "v1 / v2 * 100"),
    ("di kalikan", "{a} di bagi {b} di kalikan 100%", "v1 / v2 * 100"),
    ("÷", "{a} ÷ {b} × 100%", "v1 / v2 * 100"),
    ("X100%", "{a} / {b} X100%", "v1 / v2 * 100"),
]

# multipliers with a unit or a rate
MULTIPLIERS = [
    ("x 1.000 KH", "{a} / {b} x 1.000 KH", "v1 / v2 * 1000"),
    ("x 1.000 penduduk", "{a} / {b} x 1.000 penduduk", "v1 / v2 * 1000"),
    ("per 100.000 penduduk", "{a} / {b} per 100.000 penduduk", "v1 / v2 * 100000"),
    ("per 1000 kelahiran hidup", "{a} / {b} per 1000 kelahiran hidup", "v1 / v2 * 1000"),
    ("x 100.000", "{a} / {b} x 100.000", "v1 / v2 * 100000"),
    ("x100%", "{a} / {b} x100%", "v1 / v2 * 100"),
    ("X 100", "{a} / {b} X 100", "v1 / v2 * 100"),
    ("* 100", "{a} / {b} * 100", "v1 / v2 * 100"),
    ("*100%", "{a}/ {b}*100%", "v1 / v2 * 100"),
    ("× 1.000", "{a} / {b} × 1.000", "v1 / v2 * 1000"),
    ("X 100.000 penduduk", "{a} dibagi {b} X 100.000 penduduk", "v1 / v2 * 100000"),
    ("per 1.000 KH", "{a} dibagi {b} per 1.000 KH", "v1 / v2 * 1000"),
    ("x 100 persen", "{a} / {b} x 100 persen", "v1 / v2 * 100"),
    ("dikali 1.000", "{a} dibagi {b} dikali 1.000", "v1 / v2 * 1000"),
    ("dikalikan 100.000", "{a} dibagi {b} dikalikan 100.000", "v1 / v2 * 100000"),
    ("x 1000", "({a} / {b}) x 1000", "v1 / v2 * 1000"),
    ("x 10.000", "{a} / {b} x 10.000", "v1 / v2 * 10000"),
    ("X 100 %", "{a} / {b} X 100 %", "v1 / v2 * 100"),
    ("x 100%.", "{a} dibagi {b} x 100%.", "v1 / v2 * 100"),
    ("(per 100.000 KH)", "{a} / {b} x 100.000 (per 100.000 KH)", "v1 / v2 * 100000"),
    ("per 10.000 penduduk", "{a} dibagi {b} per 10.000 penduduk", "v1 / v2 * 10000"),
    ("x 1.000 kelahiran hidup", "{a} / {b} x 1.000 kelahiran hidup", "v1 / v2 * 1000"),
    ("X 1000 KH", "{a} dibagi {b} X 1000 KH", "v1 / v2 * 1000"),
    # BPS ensiklopedia: "(dinyatakan dengan per seribu kelahiran hidup)"
    ("per seribu kelahiran hidup", "{a} / {b} per seribu kelahiran hidup", "v1 / v2 * 1000"),
    ("x seribu", "{a} dibagi {b} x seribu", "v1 / v2 * 1000"),
    ("per 100 ribu penduduk", "{a} / {b} per 100 ribu penduduk", "v1 / v2 * 100000"),
    ("x 100 rb", "{a} dibagi {b} x 100 rb", "v1 / v2 * 100000"),
]

# a slash with no spaces
SLASHES = [
    ("Realisasi/Target x 100%", "Realisasi/Target x 100%", ("Realisasi", "Target")),
    ("Realisasi/Target*100%", "Realisasi/Target*100%", ("Realisasi", "Target")),
    (
        "jml hadir/jml pegawai*100%",
        "jml pegawai hadir/jml pegawai*100%",
        ("jml pegawai hadir", "jml pegawai"),
    ),
    (
        "realisasi PAD/target PAD x100%",
        "realisasi PAD/target PAD x100%",
        ("realisasi PAD", "target PAD"),
    ),
    (
        "Realisasi anggaran/Pagu anggaran X 100%",
        "Realisasi anggaran/Pagu anggaran X 100%",
        ("Realisasi anggaran", "Pagu anggaran"),
    ),
    (
        "Jumlah A/Jumlah B x 100%",
        "Jumlah pegawai yang hadir/Jumlah seluruh pegawai x 100%",
        ("Jumlah pegawai yang hadir", "Jumlah seluruh pegawai"),
    ),
    (
        "Capaian/Target X 100",
        "Capaian/Target X 100",
        ("Capaian", "Target"),
    ),
    (
        "(Realisasi/Target)x100%",
        "(Realisasi/Target)x100%",
        ("Realisasi", "Target"),
    ),
    (
        "realisasi/rencana*100",
        "realisasi/rencana*100",
        ("realisasi", "rencana"),
    ),
    (
        "Jml A/Jml B x 100%",
        "Jml surat yg selesai/Jml surat masuk x 100%",
        ("Jml surat yg selesai", "Jml surat masuk"),
    ),
]
SLASH_SUMS = [("Σ A/Σ B x 100%", "Σ {a}/Σ {b} x 100%"), ("ΣA/ΣB*100%", "Σ{a}/Σ{b}*100%")]
SUM_NAMES = [
    ("pegawai hadir", "pegawai"),
    ("Hari kerja efektif", "hari kerja"),
    ("nilai IKM", "responden"),
]
SLASH_NAMES = [  # a slash inside a name, as words: put into real names
    ("GU/TU", "end"),
    ("KTP/KK", "end"),
    ("Kab/Kota", "end"),
    ("desa/kelurahan", "end"),
    ("SKPD/OPD", "end"),
    ("tingkat desa/kelurahan", "end"),
    ("di Kab/Kota", "end"),
    ("SD/MI", "end"),
    ("RT/RW", "end"),
    ("per desa/kel", "end"),
    ("pengadaan barang/jasa", "end"),
    ("pengaduan/keluhan", "end"),
    ("dan/atau", "mid"),
]
SLASH_SPACING = [  # a slash with a space on one side only, between two real names
    ("A/ B", "{a}/ {b} x 100%", "v1 / v2 * 100"),
    ("A /B", "{a} /{b} x 100%", "v1 / v2 * 100"),
    ("A/B*100", "{a}/{b}*100", "v1 / v2 * 100"),
]

# a period that ends a sentence before the next one
SENTENCES = [
    (
        "formula. sentence",
        "{a} dibagi {b} dikali 100%. Semakin tinggi nilai semakin baik.",
        "v1 / v2 * 100",
    ),
    (
        "formula. Data …",
        "{a} / {b} x 100%. Data bersumber dari laporan bulanan.",
        "v1 / v2 * 100",
    ),
    ("name. operator", "{a}. dibagi {b}. x 100%", "v1 / v2 * 100"),
]


# Real cells of public pages (not in the corpus), each with its reading: the forms the
# variants are drawn from, kept as written.
PAGES = [
    # https://asiksupport-stg.dto.kemkes.go.id/asiksupport-stg/imunisasi/perhitungan-persentase-imunisasi
    (
        "Jumlah imunisasi DPT-HB-Hib 1 - Jumlah Imunisasi DPT-HB-Hib 3 dalam 1 periode / "
        "Jumlah Imunisasi DPT-HB-Hib 1 dalam 1 periode x 100%",
        (
            "Jumlah imunisasi DPT-HB-Hib 1",
            "Jumlah Imunisasi DPT-HB-Hib 3 dalam 1 periode",
            "Jumlah Imunisasi DPT-HB-Hib 1 dalam 1 periode",
        ),
        "(v1 - v2) / v3 * 100",
    ),
    (
        "Jumlah bayi baru lahir - jumlah bayi yang diimunisasi BCG/jumlah bayi baru lahir x 100%",
        ("Jumlah bayi baru lahir", "jumlah bayi yang diimunisasi BCG"),
        "(v1 - v2) / v1 * 100",
    ),
    # https://sdi.beltim.go.id/kodref/04.01.022
    (
        "Jumlah penduduk usia ≥ 7 tahun yang mendapatkan skrining kesehatan jiwa di fasilitas "
        "pelayanan kesehatan (rumah sakit, puskesmas, faskes swasta) atau di fasilitas pelayanan "
        "diluar sektor kesehatan (sekolah, tempat kerja, posyandu, rutan, panti, dll) di wilayah "
        "kerjanya dengan frekuensi sesuai dengan standar dan melaporkan ke Kementerian Kesehatan "
        "dibagi dengan total penduduk usia ≥ 7 tahun dikali 100%",
        (
            "Jumlah penduduk usia ≥ 7 tahun yang mendapatkan skrining kesehatan jiwa di fasilitas "
            "pelayanan kesehatan (rumah sakit, puskesmas, faskes swasta) atau di fasilitas "
            "pelayanan diluar sektor kesehatan (sekolah, tempat kerja, posyandu, rutan, panti, "
            "dll) di wilayah kerjanya dengan frekuensi sesuai dengan standar dan melaporkan ke "
            "Kementerian Kesehatan",
            "total penduduk usia ≥ 7 tahun",
        ),
        "v1 / v2 * 100",
    ),
    # https://id.scribd.com/document/670703177 (SPM PMK 4/2019, balita)
    (
        "(Jumlah balita 0–59 bulan yang mendapat pelayanan kesehatan balita sesuai standar "
        "dalam kurun waktu satu tahun/Jumlah balita 0–59 bulan yang ada di wilayah kerja) x 100%",
        (
            "Jumlah balita 0–59 bulan yang mendapat pelayanan kesehatan balita sesuai standar "
            "dalam kurun waktu satu tahun",
            "Jumlah balita 0–59 bulan yang ada di wilayah kerja",
        ),
        "v1 / v2 * 100",
    ),
    # https://id.scribd.com/document/377347631 (indikator kinerja P2P)
    (
        "Jumlah kasus baru dalam kurun waktu tertentu\nX 100.000\n"
        "Jumlah populasi dalam kurun waktu tertentu",
        (
            "Jumlah kasus baru dalam kurun waktu tertentu",
            "Jumlah populasi dalam kurun waktu tertentu",
        ),
        "v1 / v2 * 100000",
    ),
]


def variants() -> list[Variant]:
    """Every variant of the benchmark, in a fixed order."""
    bases = dev_bases() + seed_bases()
    pairs = _ratio_pairs(bases)
    out: list[Variant] = []
    out += qualified("ages and ranges", AGES, bases, people=True)
    out += qualified("thresholds and counts", THRESHOLDS, bases, people=True)
    out += qualified("time indices", TIMES, bases, people=False)
    out += qualified("codes and numbered names", CODES, bases, people=False)
    out += qualified("dots and abbreviations", DOTS, bases, people=False)
    out += qualified("slashes in names", SLASH_NAMES, bases, people=False)
    for label, current, previous in GROWTH:
        for number, quantity in enumerate(GROWTH_QUANTITIES):
            shape, structure = GROWTH_SHAPES[(number + len(label)) % len(GROWTH_SHAPES)]
            c, p = current.format(q=quantity), previous.format(q=quantity)
            out.append(
                Variant(
                    "time indices",
                    "growth " + label,
                    "growth",
                    shape.format(c=c, p=p),
                    (c, p),
                    structure,
                )
            )
    out += composed("operator words", OPERATORS, pairs)
    out += composed("multipliers", MULTIPLIERS, pairs)
    out += composed("slashes without spaces", SLASH_SPACING, pairs)
    out += composed("dots and abbreviations", SENTENCES, pairs)
    for label, text, names in SLASHES:
        out.append(
            Variant("slashes without spaces", label, "written", text, names, "v1 / v2 * 100")
        )
    for number, (text, names, structure) in enumerate(PAGES):
        out.append(Variant("real forms of pages", f"page#{number}", "page", text, names, structure))
    for label, template in SLASH_SUMS:
        for number, (a, b) in enumerate(SUM_NAMES):
            out.append(
                Variant(
                    "slashes without spaces",
                    label,
                    f"written#{number}",
                    template.format(a=a, b=b),
                    (a, b),
                    "sum(v1) / sum(v2) * 100",
                )
            )
    return out


def bases_read_right() -> set[str]:
    """The ids of the dev cells ikicalc reads right as written (seeds, templates: always)."""
    return {
        cell["id"]
        for cell in variant_cells()
        if cell["kind"] == "formula" and read_cell(cell).right
    }


def score_variants(
    selected: list[Variant] | None = None,
) -> tuple[list[tuple[Variant, Reading]], int]:
    """Each variant whose base cell ikicalc reads right as written, with ikicalc's reading
    of it (a miss is then the variation's); and how many variants were left out."""
    chosen = variants() if selected is None else selected
    dev = {cell["id"] for cell in variant_cells()}
    right = bases_read_right()
    kept = [v for v in chosen if v.base not in dev or v.base in right]
    return [(v, read_cell(v.cell(i))) for i, v in enumerate(kept)], len(chosen) - len(kept)


def rate(results: list[tuple[Variant, Reading]]) -> float:
    """Share of variants read right."""
    return sum(r.right for _, r in results) / len(results) if results else 0.0


def report(
    results: list[tuple[Variant, Reading]], left_out: int, show_failures: bool, forms: bool
) -> str:
    """The text report: overall, per kind of variation, and (optionally) per form."""
    lines = [
        f"names variants: {len(results)}, read right {100 * rate(results):.1f} % "
        f"({left_out} more left out: their base cell is not read right as written)"
    ]
    by_kind: dict[str, list[tuple[Variant, Reading]]] = defaultdict(list)
    for variant, reading in results:
        by_kind[variant.kind].append((variant, reading))
    for kind, group in by_kind.items():
        right = sum(r.right for _, r in group)
        lines.append(f"  {kind:<28} {right:>4} / {len(group):<4} {100 * right / len(group):6.1f} %")
        if forms:
            per_form: dict[str, Counter[bool]] = defaultdict(Counter)
            for variant, reading in group:
                per_form[variant.form][reading.right] += 1
            for form, counts in per_form.items():
                if counts[False]:
                    lines.append(f"      {form!r}: {counts[True]}/{counts[True] + counts[False]}")
    if show_failures:
        lines.append("failures:")
        for variant, reading in results:
            if reading.right:
                continue
            lines.append(f"- [{variant.kind} | {variant.form}] {reading.outcome} ({variant.base})")
            lines.append("  text:    " + variant.text.replace("\n", "\\n"))
            lines.append(f"  label:   {list(variant.variables)} -> {variant.structure}")
            if reading.variables:
                lines.append(f"  ikicalc: {list(reading.variables)}")
            if reading.detail:
                lines.append(f"  detail:  {reading.detail}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show-failures", action="store_true", help="list every miss")
    parser.add_argument("--forms", action="store_true", help="list the forms that miss")
    parser.add_argument("--kind", help="only this kind of variation")
    args = parser.parse_args(argv)
    chosen = [v for v in variants() if args.kind is None or v.kind == args.kind]
    results, left_out = score_variants(chosen)
    print(report(results, left_out, args.show_failures, args.forms))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
