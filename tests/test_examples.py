"""The example definition files reproduce the seed corpus row by row; the sample data fits."""

from __future__ import annotations

import importlib.util
import io
import json
import re
import zipfile
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from conftest import CORPUS_PATH, load_corpus

from ikicalc.documents import Document, document_schema, load_document
from ikicalc.realisasi import read_realisasi

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
DATA = EXAMPLES / "data"
CORPUS = CORPUS_PATH
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.yaml"))


def _corpus() -> list[dict[str, Any]]:
    return load_corpus()


def _documents() -> list[Document]:
    docs = [load_document(path) for path in EXAMPLE_FILES]
    return sorted(docs, key=lambda doc: doc.sumber or "")


def _flatten(doc: Document) -> list[dict[str, Any]]:
    rows = []
    for jab, ind in doc.iter_indicators():
        rows.append(
            {
                "id": ind.id,
                "source": doc.sumber,
                "unit": doc.unit,
                "year": doc.tahun,
                "jabatan": jab.nama,
                "sasaran": ind.sasaran,
                "indikator": ind.indikator,
                "formula": ind.formula,
                "sumber_data": ind.sumber_data,
                "target": ind.target,
                "note": ind.catatan,
                "split_from_cell": ind.dipisah_dari_sel,
                "penanggung_jawab": jab.penanggung_jawab,
            }
        )
    return rows


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "generate_examples", EXAMPLES / "tools" / "generate_examples.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_five_definition_files_named_after_unit_and_year() -> None:
    assert [p.name for p in EXAMPLE_FILES] == [
        "kecamatan-bagor-2019.yaml",
        "kecamatan-bontang-barat-2022.yaml",
        "kecamatan-bontang-barat-tanpa-tahun.yaml",
        "kecamatan-bululawang-2017.yaml",
        "kecamatan-sambutan-2023.yaml",
    ]


def test_examples_reproduce_every_corpus_row_exactly() -> None:
    corpus = _corpus()
    rows = [row for doc in _documents() for row in _flatten(doc)]
    assert [r["id"] for r in rows] == [r["id"] for r in corpus]
    for got, want in zip(rows, corpus, strict=True):
        assert got == want, want["id"]
    assert len(rows) == 294


def test_counts_per_document_match_the_corpus_readme() -> None:
    counts = {
        doc.sumber[:3]: (len(list(doc.iter_indicators())), len(doc.jabatan))
        for doc in _documents()
        if doc.sumber
    }
    assert counts == {
        "000": (75, 21),
        "001": (73, 10),
        "002": (85, 22),
        "003": (25, 11),
        "004": (36, 14),
    }


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_plain_safe_load_reads_the_same_formula_text(path: Path) -> None:
    """Any YAML tool reads the same verbatim cells (no loader-specific escaping)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    doc = load_document(path)
    plain = [ind["formula"] for jab in raw["jabatan"] for ind in jab["indikator"]]
    assert plain == [ind.formula for _, ind in doc.iter_indicators()]


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_files_point_editors_at_the_schema(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=ikicalc-document.schema.json"


def test_committed_schema_is_current() -> None:
    committed = json.loads((EXAMPLES / "ikicalc-document.schema.json").read_text("utf-8"))
    assert committed == document_schema()


def test_seed_facts_beyond_the_corpus() -> None:
    docs = {doc.sumber[:3]: doc for doc in _documents() if doc.sumber}
    attendance = docs["004"].indicator("004-001")
    assert attendance.konstanta == {"hari kerja efektif": Decimal(240)}
    assert attendance.catatan == "hari kerja dalam 1 tahun 240 hari kerja efektif"
    assert docs["003"].indicator("003-001").kategori == (
        "25,00 – 43,75 Tidak Baik 43,76 – 62,50 Kurang Baik 62,51 – 81,25 Baik "
        "81,26 – 100,00 Sangat baik"
    )
    assert docs["001"].tahun is None
    assert docs["004"].indicator("004-034").formula == (
        r"Tingkat Partisipasi Masyarakat $= \frac{\sum Usulan\ Yang\ Disetujui}"
        r"{\sum Usulan\ Yang\ Diajukan} \times 100\ %$"
    )


def test_generator_is_deterministic_and_in_sync(tmp_path: Path) -> None:
    generator = _generator()
    first = generator.build_all(CORPUS)
    second = generator.build_all(CORPUS)
    assert first == second
    for name, data in first.items():
        committed = (EXAMPLES / name).read_bytes()
        if name.endswith(".xlsx"):
            # openpyxl writes the same XML with lxml or with ElementTree, spaced differently
            assert _xlsx_content(committed) == _xlsx_content(data), f"examples/{name} is out of date"
        else:
            assert committed == data, f"examples/{name} is out of date"


def _xlsx_content(data: bytes) -> dict[str, str]:
    """Each part of a workbook as canonical XML (C14N), so serialiser spacing is aside."""
    from xml.etree.ElementTree import canonicalize

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {
            name: canonicalize(archive.read(name).decode("utf-8"), strip_text=True)
            for name in sorted(archive.namelist())
        }


# --------------------------------------------------------------------------------------
# Sample realisasi data
# --------------------------------------------------------------------------------------


def _formula_text(formula: str | None) -> str:
    """Formula text with LaTeX spacing undone, lower case, for name look-ups."""
    return re.sub(r"\\ ", " ", formula or "").casefold()


@pytest.mark.parametrize(
    ("data_file", "doc_file"),
    [
        ("bagor-2019-realisasi.csv", "kecamatan-bagor-2019.yaml"),
        ("bagor-2019-realisasi.xlsx", "kecamatan-bagor-2019.yaml"),
        ("bululawang-2017-realisasi.yaml", "kecamatan-bululawang-2017.yaml"),
    ],
)
def test_long_data_names_variables_as_the_formulas_do(data_file: str, doc_file: str) -> None:
    data = read_realisasi(DATA / data_file)
    doc = load_document(EXAMPLES / doc_file)
    assert data.form == "long"
    for value in data.values:
        assert value.indikator is not None
        formula = doc.indicator(value.indikator).formula
        if value.variabel == "target":  # the year's target (Perjanjian Kinerja), not a variable
            assert value.labels == (("keterangan", "Perjanjian Kinerja 2019"),)
            continue
        assert value.variabel.casefold() in _formula_text(formula), (value.indikator, value)


def test_wide_attendance_columns_are_the_formula_variables() -> None:
    data = read_realisasi(DATA / "bululawang-2017-kehadiran.csv")
    formula = _formula_text(
        load_document(EXAMPLES / "kecamatan-bululawang-2017.yaml").indicator("004-001").formula
    )
    assert data.form == "wide"
    assert data.id_columns == ("no", "nip", "nama", "jabatan")
    for name in data.variables:
        assert name.casefold() in formula


@pytest.mark.parametrize("stem", ["bululawang-2017-kehadiran", "bagor-2019-realisasi"])
def test_csv_and_xlsx_hold_the_same_values(stem: str) -> None:
    from_csv = read_realisasi(DATA / f"{stem}.csv")
    from_xlsx = read_realisasi(DATA / f"{stem}.xlsx")

    def essence(value: Any) -> tuple[Any, ...]:
        return (value.indikator, value.variabel, value.nilai, value.row, value.labels)

    assert [essence(v) for v in from_csv.values] == [essence(v) for v in from_xlsx.values]


def test_bululawang_attendance_is_computable_exactly() -> None:
    data = read_realisasi(DATA / "bululawang-2017-kehadiran.xlsx")
    pegawai = len(data.rows())
    efektif = data.total("hari kerja efektif")
    absen = data.total("Hari tidak masuk kerja")
    assert (pegawai, efektif, absen) == (30, Fraction(7080), Fraction(131))
    capaian = Fraction(pegawai) * (efektif - absen) / (pegawai * efektif) * 100
    assert capaian == Fraction(694900, 7080)


def test_bagor_csv_is_an_indonesian_excel_export() -> None:
    raw = (DATA / "bagor-2019-realisasi.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfindikator;variabel;nilai;keterangan\r\n")
    data = read_realisasi(DATA / "bagor-2019-realisasi.csv")
    assert data.value("Jumlah PNS yang hadir", "003-004") == Fraction("19.65")
    assert data.value("Nilai Interval IKM", "003-001") == Fraction("78.45")
