"""Generate the example definition files, their JSON Schema and the sample realisasi data.

The committed files in ``examples/`` are the artefacts; this script only documents how they
were made and lets a test prove they are in sync. It is deterministic: running it twice
gives byte-identical files.

Sources:

* ``../shared/corpus/seed-indicators.jsonl`` (every indicator row of the five seed
  documents, formula cells verbatim) for the indicator rows;
* the seed documents themselves, read by hand, for what the corpus does not hold: document
  metadata (:data:`DOCUMENTS`) and the facts in :data:`SEED_FACTS` (the constant of the
  "Catatan : hari kerja dalam 1 tahun 240 hari kerja efektif" note, the IKM interval scale).

Usage::

    python examples/tools/generate_examples.py [--corpus PATH] [--check]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml
from openpyxl import Workbook

EXAMPLES = Path(__file__).resolve().parent.parent
REPO = EXAMPLES.parent
DEFAULT_CORPUS = next(
    (
        path
        for path in (
            REPO.parent / "shared" / "corpus" / "seed-indicators.jsonl",
            REPO / "tests" / "data" / "seed-indicators.jsonl",
        )
        if path.is_file()
    ),
    REPO.parent / "shared" / "corpus" / "seed-indicators.jsonl",
)
SCHEMA_NAME = "ikicalc-document.schema.json"

# Document metadata, as the seeds state it (file prefix -> definition-file name and fields).
DOCUMENTS: dict[str, dict[str, Any]] = {
    "000": {
        "file": "kecamatan-bontang-barat-2022.yaml",
        "jenis": "IKI",
        "catatan": "Indikator Kinerja Individu Tahun 2022, Kecamatan Bontang Barat, Kota Bontang.",
    },
    "001": {
        "file": "kecamatan-bontang-barat-tanpa-tahun.yaml",
        "jenis": "IKI",
        "catatan": (
            "Indikator Kinerja Individu tanpa tahun. Dokumen tidak menyebut unit organisasi; "
            "unit diambil dari nama jabatan (Camat Bontang Barat). Teks PDF yang diratakan; "
            "kolom disusun ulang secara manual, sel sumber data satu sel gabungan untuk seluruh "
            "tabel."
        ),
    },
    "002": {
        "file": "kecamatan-sambutan-2023.yaml",
        "jenis": "IKI",
        "catatan": (
            "Indikator Kinerja Individu Kecamatan Sambutan Tahun 2023 (Samarinda, 03 Januari 2023)."
        ),
    },
    "003": {
        "file": "kecamatan-bagor-2019.yaml",
        "jenis": "IKI",
        "catatan": "Indikator Kinerja Individu Kecamatan Bagor, Kabupaten Nganjuk, Tahun 2019.",
    },
    "004": {
        "file": "kecamatan-bululawang-2017.yaml",
        "jenis": "IKI",
        "catatan": (
            "Lampiran Keputusan Camat Bululawang Nomor 188.45/ 04 /35.07.14/2017 tentang "
            "Indikator Kinerja Individu Kecamatan Bululawang, Kabupaten Malang (Januari 2017)."
        ),
    },
}

# Facts the seeds state outside the corpus fields, per indicator id.
SEED_FACTS: dict[str, dict[str, Any]] = {
    # "Catatan : hari kerja dalam 1 tahun 240 hari kerja efektif"
    "004-001": {"konstanta": {"hari kerja efektif": 240}},
    # The formula cell of 003-001 is an interval scale ("Kategori Mutu Pelayanan, Nilai
    # Interval IKM : ..."); its intervals are the category scale of the indicator.
    "003-001": {
        "kategori": (
            "25,00 – 43,75 Tidak Baik 43,76 – 62,50 Kurang Baik 62,51 – 81,25 Baik "
            "81,26 – 100,00 Sangat baik"
        )
    },
}

YAML_WIDTH = 1_000_000  # never fold: one value, one line, as the document has it


def _dump(data: object) -> str:
    return yaml.safe_dump(
        data, allow_unicode=True, sort_keys=False, width=YAML_WIDTH, default_flow_style=False
    )


def _indent(text: str, spaces: int) -> str:
    pad = " " * spaces
    return "".join(pad + line if line.strip() else line for line in text.splitlines(True))


def _indicator(row: Mapping[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": row["id"],
        "sasaran": row["sasaran"],
        "indikator": row["indikator"],
        "formula": row["formula"],
    }
    if row["target"] is not None:
        item["target"] = row["target"]
    item.update(SEED_FACTS.get(row["id"], {}))
    item["sumber_data"] = row["sumber_data"]
    if row["note"] is not None:
        item["catatan"] = row["note"]
    if row["split_from_cell"]:
        item["dipisah_dari_sel"] = True
    return item


def build_documents(corpus: Path) -> dict[str, str]:
    """Return ``{file name: YAML text}`` of the five definition files."""
    rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line]
    by_prefix: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_prefix.setdefault(row["id"].split("-")[0], []).append(row)
    out: dict[str, str] = {}
    for prefix, doc_rows in by_prefix.items():
        meta = DOCUMENTS[prefix]
        first = doc_rows[0]
        head = {
            "unit": first["unit"],
            "tahun": first["year"],
            "sumber": first["source"],
            "jenis": meta["jenis"],
            "catatan": meta["catatan"],
        }
        jabatan: list[dict[str, Any]] = []
        for row in doc_rows:
            if not jabatan or jabatan[-1]["nama"] != row["jabatan"]:
                entry: dict[str, Any] = {"nama": row["jabatan"]}
                if row["penanggung_jawab"] is not None:
                    entry["penanggung_jawab"] = row["penanggung_jawab"]
                entry["indikator"] = []
                jabatan.append(entry)
            jabatan[-1]["indikator"].append(_indicator(row))
        year = "tanpa tahun" if first["year"] is None else str(first["year"])
        parts = [
            f"# yaml-language-server: $schema={SCHEMA_NAME}\n",
            f"# {first['unit']}: Indikator Kinerja Individu ({year})\n",
            f"# Seed: {first['source']}. Every jabatan and every indicator row of the document;\n",
            "# formula cells verbatim (LaTeX, HTML, typos and defects kept on purpose).\n",
            "# Generated by examples/tools/generate_examples.py from the seed corpus.\n",
            "\n",
            _dump(head),
            "jabatan:\n",
        ]
        for number, entry in enumerate(jabatan, 1):
            parts.append(f"\n  # {number}. {entry['nama']}\n")
            parts.append(_indent(_dump([entry]), 2))
        out[meta["file"]] = "".join(parts)
    return out


def build_schema() -> str:
    """Return the JSON Schema text of definition files."""
    from ikicalc.documents import document_schema

    return json.dumps(document_schema(), indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------------------
# Sample realisasi data (fictional people and values; variable names as in the formulas)
# --------------------------------------------------------------------------------------

# Kecamatan Bululawang 2017, per employee: nip, nama, jabatan, hari kerja efektif, hari
# tidak masuk kerja. For indicator 004-001 (and 004-020):
#   Σ Pegawai × (Σ hari kerja efektif − Σ hari tidak masuk kerja)
#   / (Σ Pegawai × Σ hari kerja efektif) × 100%
PEGAWAI_BULULAWANG: list[tuple[str, str, str, int, int]] = [
    ("196804121989031005", "Drs. Bambang Sutrisno, M.Si.", "Camat", 240, 3),
    ("197001051992031008", "Hadi Purnomo, S.Sos.", "Sekretaris Kecamatan", 240, 2),
    ("197305221998032004", "Siti Nurhayati, S.H.", "Kasi Pemerintahan", 240, 5),
    (
        "197108171997031006",
        "Agus Setiawan, S.Pd.",
        "Kasi Kesejahteraan Sosial dan Kepemudaan",
        240,
        4,
    ),
    ("196903141993031009", "Sugeng Riyadi", "Kasi Keamanan dan ketertiban", 240, 1),
    (
        "197209302000032003",
        "Ir. Endang Susilowati",
        "Kasi Pembangunan dan Pemberdayaan Masyarakat",
        240,
        6,
    ),
    ("197511112003121005", "Wahyu Hidayat, S.AP.", "Kasi Pelayanan Publik", 240, 2),
    (
        "198002192006042011",
        "Dwi Ratnasari, S.E.",
        "KASUBAG. PERENCANAAN EVALUASI DAN PELAPORAN",
        240,
        8,
    ),
    (
        "197406062001121003",
        "Mochammad Arifin, S.Sos.",
        "KASUBAG UMUM, KEPEGAWAIAN, KEUANGAN dan ASET",
        240,
        0,
    ),
    ("198103252009012004", "Lilik Suryani", "PENGADMINISTRASI KEPEGAWAIAN", 240, 3),
    ("197712012007011012", "Slamet Riyanto", "PENGURUS BARANG", 240, 4),
    ("196912121991031011", "Supriadi", "CARAKA", 240, 7),
    ("198507172010012019", "Nur Aini Rahmawati", "PENGADMINISTRASI PELAYANAN PUBLIK", 240, 5),
    ("198309092008011007", "Eko Prasetyo", "PENGADMINISTRASI DATA PEMBANGUNAN", 240, 2),
    ("198601142011012013", "Sri Wahyuni", "Staf Seksi Pemerintahan", 240, 1),
    ("198211032009011004", "Budi Santoso", "Staf Seksi Pemerintahan", 240, 9),
    (
        "198704262014022002",
        "Yuli Astutik",
        "Staf Seksi Kesejahteraan Sosial dan Kepemudaan",
        240,
        12,
    ),
    ("197808082006041016", "Moh. Imron", "Staf Seksi Keamanan dan Ketertiban", 240, 3),
    ("196705301990031004", "Suwarno", "Staf Seksi Keamanan dan Ketertiban", 240, 0),
    (
        "198909192015032003",
        "Rina Fitriani, A.Md.",
        "Staf Seksi Pembangunan dan Pemberdayaan Masyarakat",
        160,
        2,
    ),
    ("198406242010011010", "Achmad Fauzi", "Staf Seksi Pelayanan Publik", 240, 4),
    ("199002022017082001", "Dewi Kartika Sari", "Staf Seksi Pelayanan Publik", 240, 6),
    (
        "199203152017031001",
        "Heri Kurniawan",
        "Staf Subbag Perencanaan Evaluasi dan Pelaporan",
        200,
        1,
    ),
    (
        "197910272008012009",
        "Tri Handayani",
        "Staf Subbag Umum, Kepegawaian, Keuangan dan Aset",
        240,
        5,
    ),
    ("198112122009011008", "Joko Susilo", "Bendahara Pengeluaran", 240, 2),
    ("198805052015032006", "Anik Maslahah", "Pembantu Bendahara Pengeluaran", 240, 10),
    ("197601182007011013", "Samsul Hadi", "Pengemudi", 240, 17),
    ("197204172006042005", "Kustiyah", "Pramu Kantor", 240, 4),
    (
        "198510302011012010",
        "Puji Lestari",
        "Staf Subbag Umum, Kepegawaian, Keuangan dan Aset",
        240,
        3,
    ),
    ("196808231994031007", "Mujiono", "Penjaga Kantor", 240, 0),
]

WIDE_HEADER = ["no", "nip", "nama", "jabatan", "hari kerja efektif", "hari tidak masuk kerja"]

# Kecamatan Bululawang 2017, per indicator (long form), variable names as the formulas
# write them (LaTeX "\ " read as a space).
REALISASI_BULULAWANG: list[tuple[str, str, int]] = [
    ("004-002", "Pengajuan yang dicairkan", 142),
    ("004-002", "Pengajuan yang seharusnya Cair", 150),
    ("004-003", "dokumen perencanaan dan pelaporan yang disusun", 11),
    ("004-003", "dokumen perencanaan dan pelaporan yang seharusnya ada", 12),
    ("004-004", "Jumlah Pembinaan Perangkat Desa", 24),
    ("004-005", "Jumlah Musdes", 42),
    ("004-006", "Jumlah Laporan Kependudukan", 12),
    ("004-021", "Jumlah pelanggaran disiplin", 2),
    ("004-034", "Usulan Yang Disetujui", 38),
    ("004-034", "Usulan Yang Diajukan", 56),
    ("004-035", "Berkas Yang Diajukan KTP/KK", 4180),
    ("004-035", "Berkas Yang Di Proses", 4215),
    ("004-036", "Kelompok Siskamling Aktif", 61),
    ("004-036", "Kelompok Siskamling Yang Ada", 72),
]

# Kecamatan Bagor 2019, per indicator (long form). Values as text with a decimal comma, as
# an Indonesian Excel writes them; the 003-011 … 003-018 formulas have no operands, so they
# have no variables to give.
REALISASI_BAGOR: list[tuple[str, str, str, str]] = [
    ("003-001", "Nilai Interval IKM", "78,45", "hasil SKM 2019"),
    ("003-002", "Jumlah aset kantor yang layak fungsi", "412", ""),
    ("003-002", "Jumlah seluruh aset yang digunakan", "436", ""),
    (
        "003-003",
        "Jumlah dokumen perencanaan dan hasil evaluasi program dan kegiatan",
        "8",
        "",
    ),
    ("003-003", "Jumlah dokumen perencanaan yang disusun dan tepat waktu", "9", ""),
    ("003-004", "Jumlah PNS yang hadir", "19,65", "rata-rata harian"),
    ("003-004", "Jumlah PNS", "21", ""),
    ("003-005", "Jumlah surat yang terdistribusi", "1184", ""),
    ("003-005", "Jumlah keseluruhan surat masuk dan keluar", "1206", ""),
    ("003-006", "Jumlah layanan kepegawaian tepat waktu", "57", ""),
    ("003-006", "Jumlah layanan kepegawaian", "60", ""),
    ("003-007", "Jumlah sarana dan prasarana yang layak fungsi", "388", ""),
    ("003-007", "Jumlah keseluruhan sarana dan prasarana", "402", ""),
    ("003-008", "Jumlah dokumen perencanaan", "7", ""),
    ("003-008", "Jumlah dokumen yang disusun sesuai dengan pedoman", "7", ""),
    ("003-009", "Jumlah laporan SPJ GU/TU tepat waktu", "22", ""),
    ("003-009", "Jumlah laporan SPJ GU/TU", "24", ""),
    ("003-010", "Volume kerja", "16", ""),
    ("003-010", "hasil", "14", ""),
    ("003-019", "Jumlah surat yang masuk", "734", ""),
    ("003-019", "Jumlah surat yg didistribusikan", "729", ""),
    ("003-020", "Jumlah yang ter-inventarisikan", "436", ""),
    ("003-020", "Jumlah keseluruhan barang", "436", ""),
    ("003-021", "Jumlah laporan pertanggungjawaban APBD yang selesai", "12", ""),
    ("003-021", "Jumlah laporan pertanggungjawaban APBD", "12", ""),
    ("003-022", "Jumlah dokumen penyetoran pajak yang telah disetor", "148", ""),
    ("003-022", "Jumlah dokumen penyetoran pajak", "148", ""),
    ("003-023", "Jumlah laporan penyerapan belanja", "12", ""),
    ("003-023", "Jumlah SPP dan SPM LS", "186", ""),
    ("003-024", "Jumlah dokumen evaluasi laporan", "4", ""),
    (
        "003-024",
        "Jumlah dokumen evaluasi laporan yang disusun sesuai dengan pedoman",
        "4",
        "",
    ),
    ("003-025", "Jumlah dokumen perencanaan", "5", ""),
    ("003-025", "Jumlah dokumen yang disusun sesuai dengan pedoman", "5", ""),
    # The targets of the year's Perjanjian Kinerja: a row whose variabel is 'target'.
    ("003-001", "target", "80", "Perjanjian Kinerja 2019"),
    ("003-002", "target", "95", "Perjanjian Kinerja 2019"),
    ("003-003", "target", "100", "Perjanjian Kinerja 2019"),
    ("003-004", "target", "95", "Perjanjian Kinerja 2019"),
    ("003-005", "target", "100", "Perjanjian Kinerja 2019"),
    ("003-006", "target", "100", "Perjanjian Kinerja 2019"),
    ("003-007", "target", "95", "Perjanjian Kinerja 2019"),
    ("003-009", "target", "100", "Perjanjian Kinerja 2019"),
]

LONG_HEADER = ["indikator", "variabel", "nilai", "keterangan"]


def _csv(rows: Sequence[Sequence[object]], delimiter: str, bom: bool) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows(rows)
    return (("\ufeff" if bom else "") + buffer.getvalue()).encode("utf-8")


_FIXED_TIME = (2024, 1, 1, 0, 0, 0)
_CORE_TIME = "2024-01-01T00:00:00Z"


def _xlsx(title: str, rows: Sequence[Sequence[object]], widths: Sequence[int]) -> bytes:
    """Write one sheet with openpyxl, then fix every timestamp so the bytes are stable."""
    from datetime import datetime

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # noqa: S101 - a new workbook has an active sheet
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    for index, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    workbook.properties.creator = "ikicalc examples"
    workbook.properties.created = datetime(2024, 1, 1)
    raw = io.BytesIO()
    workbook.save(raw)
    fixed = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(fixed, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                    rb"\g<1>" + _CORE_TIME.encode() + rb"\g<2>",
                    data,
                )
            entry = zipfile.ZipInfo(info.filename, date_time=_FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            target.writestr(entry, data)
    return fixed.getvalue()


def _number(text: str) -> int | float:
    """Spreadsheet number of a decimal-comma text (the reader reads it back exactly)."""
    return float(text.replace(",", ".")) if "," in text else int(text)


def build_data() -> dict[str, bytes]:
    """Return ``{path under examples/: bytes}`` of the sample realisasi files."""
    wide = [WIDE_HEADER] + [
        [n, nip, nama, jabatan, hke, htm]
        for n, (nip, nama, jabatan, hke, htm) in enumerate(PEGAWAI_BULULAWANG, 1)
    ]
    bagor = [LONG_HEADER] + [list(row) for row in REALISASI_BAGOR]
    bagor_xlsx = [LONG_HEADER] + [
        [ind, var, _number(val), ket or None] for ind, var, val, ket in REALISASI_BAGOR
    ]
    bululawang_long = [
        {"indikator": ind, "variabel": var, "nilai": val} for ind, var, val in REALISASI_BULULAWANG
    ]
    long_yaml = (
        "# Realisasi 2017 Kecamatan Bululawang per indikator (long form).\n"
        "# Variable names as examples/kecamatan-bululawang-2017.yaml writes them.\n"
        + _dump(bululawang_long)
    )
    return {
        # comma-separated, decimal dot, UTF-8 without BOM, CRLF (per employee, wide form)
        "data/bululawang-2017-kehadiran.csv": _csv(wide, ",", bom=False),
        "data/bululawang-2017-kehadiran.xlsx": _xlsx(
            "Kehadiran 2017", wide, [5, 21, 30, 50, 18, 22]
        ),
        "data/bululawang-2017-realisasi.yaml": long_yaml.encode("utf-8"),
        # semicolon-separated, decimal comma, UTF-8 with BOM, CRLF (per indicator, long form)
        "data/bagor-2019-realisasi.csv": _csv(bagor, ";", bom=True),
        "data/bagor-2019-realisasi.xlsx": _xlsx("Realisasi 2019", bagor_xlsx, [11, 66, 10, 20]),
    }


def build_all(corpus: Path) -> dict[str, bytes]:
    """Return every generated file, ``{path under examples/: bytes}``."""
    files = {name: text.encode("utf-8") for name, text in build_documents(corpus).items()}
    files[SCHEMA_NAME] = build_schema().encode("utf-8")
    files.update(build_data())
    return files


def main(argv: Sequence[str] | None = None) -> int:
    """Write the files (or, with ``--check``, report those that differ)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--check", action="store_true", help="only compare with examples/")
    args = parser.parse_args(argv)
    stale = []
    for name, data in build_all(args.corpus).items():
        path = EXAMPLES / name
        if args.check:
            if not path.is_file() or path.read_bytes() != data:
                stale.append(name)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    for name in stale:
        print(f"out of date: examples/{name}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
