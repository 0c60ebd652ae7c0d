"""Indicator names and formulas DRAWN from word classes (not copied from the development cells),
for ``tools/render_equations.py``: a head of counting or measuring, a thing counted, a qualifier
(a relative clause, a place, a time), as Indonesian performance documents name quantities.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from tools.render_writers import Spec

HEADS = ("Jumlah", "Banyaknya", "Total", "Jumlah seluruh", "Realisasi", "Nilai", "Luas")
THINGS = {
    "Jumlah": (
        "desa",
        "kelurahan",
        "rumah tangga",
        "keluarga",
        "penduduk",
        "balita",
        "ibu hamil",
        "siswa",
        "sekolah",
        "guru",
        "puskesmas",
        "posyandu",
        "UMKM",
        "koperasi",
        "pegawai",
        "ASN",
        "perangkat daerah",
        "dokumen perencanaan",
        "laporan keuangan",
        "aduan masyarakat",
        "izin usaha",
        "kegiatan",
        "paket pekerjaan",
        "wisatawan",
        "pelaku usaha",
        "petani",
        "kendaraan",
        "jembatan",
        "ruas jalan",
        "sarana olahraga",
        "kasus TB",
        "rekomendasi BPK",
    ),
    "Realisasi": (
        "pendapatan asli daerah",
        "PAD",
        "belanja modal",
        "anggaran",
        "retribusi pasar",
        "pajak hotel",
        "investasi PMDN",
        "dana desa",
    ),
    "Nilai": ("ekspor", "produksi padi", "tukar petani", "SAKIP", "IKM", "aset tetap"),
    "Luas": ("lahan sawah", "kawasan kumuh", "hutan rakyat", "ruang terbuka hijau", "area tanam"),
}
QUALIFIERS = (
    "yang terlayani",
    "yang memiliki akses air minum layak",
    "yang ditindaklanjuti",
    "sesuai standar",
    "yang mendapat pembinaan",
    "tahun berjalan",
    "yang tepat waktu",
    "di kabupaten",
    "yang bersertifikat",
    "yang aktif",
    "yang diselesaikan",
    "tahun n",
    "yang terdaftar",
    "yang mendapatkan pelayanan kesehatan",
    "pada tahun anggaran",
    "yang memenuhi syarat",
    "berpredikat baik",
    "yang direhabilitasi",
    "dengan kondisi mantap",
)
BASES = ("seluruh", "yang ada", "yang ditargetkan", "yang direncanakan", "sasaran", "total")
STRUCTURES = (
    "v1 / v2 * 100",
    "v1 / v2 * 100",
    "v1 / v2 * 100",
    "v1 / v2",
    "(v1 - v2) / v2 * 100",
    "(v1 + v2) / v3 * 100",
    "sum(v1) / sum(v2) * 100",
    "v1 / v2 * 1000",
)


def _number(*parts: str) -> int:
    return int.from_bytes(hashlib.sha256("\x00".join(parts).encode()).digest()[:4], "big")


def _pick(pool: tuple[str, ...], *parts: str) -> str:
    return pool[_number(*parts) % len(pool)]


def _thing(seed: str) -> tuple[str, str]:
    """A head and the thing it counts or measures."""
    head = _pick(HEADS, "head", seed)
    family = head if head in THINGS else "Jumlah"
    return head, _pick(THINGS[family], "thing", seed)


def formula(seed: str) -> Spec:
    """One drawn formula: its names, numerator and denominator over them, structure."""
    structure = _pick(STRUCTURES, "structure", seed)
    head, thing = _thing(seed)
    head = "Jumlah" if head == "Jumlah seluruh" else head
    part = f"{head} {thing} {_pick(QUALIFIERS, 'qualifier', seed)}"
    base = _pick(BASES, "base", seed)
    whole = (
        f"{head} {thing} {base}"
        if base in ("yang ada", "yang ditargetkan", "sasaran", "yang direncanakan")
        else f"{head} {base} {thing}"
    )
    if structure == "(v1 - v2) / v2 * 100":
        year = _pick(("tahun n", "tahun ini", "tahun berjalan"), "year", seed)
        before = {
            "tahun n": "tahun n-1",
            "tahun ini": "tahun lalu",
            "tahun berjalan": "tahun sebelumnya",
        }[year]
        a, b = f"{head} {thing} {year}", f"{head} {thing} {before}"
        return Spec(f"drawn:{seed}", f"{a} − {b}", b, "100", (a, b), structure)
    if structure == "(v1 + v2) / v3 * 100":
        other = _pick(QUALIFIERS, "other", seed)
        second = f"{head} {thing} {other}"
        if other == part.split(f"{thing} ", 1)[1] or second == part:
            second = f"{head} {thing} lainnya"
        return Spec(
            f"drawn:{seed}", f"{part} + {second}", whole, "100", (part, second, whole), structure
        )
    if structure == "sum(v1) / sum(v2) * 100":
        return Spec(f"drawn:{seed}", part, whole, "100", (part, whole), structure)
    scale = {"v1 / v2": None, "v1 / v2 * 1000": "1000"}.get(structure, "100")
    return Spec(f"drawn:{seed}", part, whole, scale, (part, whole), structure)


def formulas(count: int) -> list[Spec]:
    """``count`` drawn formulas with distinct names."""
    found: list[Spec] = []
    seen: set[tuple[str, ...]] = set()
    for spec in _draws():
        if spec.variables in seen or len({v.lower() for v in spec.variables}) < len(spec.variables):
            continue
        seen.add(spec.variables)
        found.append(spec)
        if len(found) == count:
            break
    return found


def _draws() -> Iterator[Spec]:
    number = 0
    while number < 100_000:
        yield formula(f"f{number}")
        number += 1
