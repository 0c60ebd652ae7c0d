"""ikicalc: read, check and evaluate the formulas of Indonesian IKI/IKU documents."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ikicalc.capaian import capaian
from ikicalc.cells import CellKind, read_cell
from ikicalc.document import Document, DocumentError, Indicator, Jabatan, load_document
from ikicalc.errors import (
    EvaluationError,
    FormulaSyntaxError,
    IkiError,
    ScaleSyntaxError,
    TargetSyntaxError,
)
from ikicalc.evaluate import MeasuredResult, Result
from ikicalc.formula import Formula
from ikicalc.lint import Diagnostic, lint
from ikicalc.parser import parse
from ikicalc.realisasi import DataError, RealisasiData, read_realisasi
from ikicalc.report import Report, ReportRow, build_report
from ikicalc.rules import (
    PREDIKAT_ORGANISASI,
    PREDIKAT_PEGAWAI,
    NilaiCapaian,
    Pelanggaran,
    capaian_iki,
    cek_distribusi,
    kategori_capaian,
    nilai_akhir_skp,
    nilai_capaian_iki,
    nilai_kinerja_pp30,
    nilai_kinerja_tambahan,
    nilai_tertimbang,
    predikat_kinerja,
    predikat_pp30,
    predikat_sakip,
)
from ikicalc.scales import (
    Category,
    Interval,
    Scale,
    load_scales,
    register_scale,
    scale,
    scale_names,
)
from ikicalc.scoring import SkmResult, SkpScore, skm, skp_pp46
from ikicalc.target import Component, Target, TargetPart, parse_target
from ikicalc.terbilang import number_to_words, words_to_number
from ikicalc.unit_check import UnitResult, UnknownSatuanError, infer_unit
from ikicalc.units import UnitMismatchError, quantity, registry

if TYPE_CHECKING:  # the scale path needs polars (ikicalc[scale]): imported when first used
    from ikicalc.frame import FrameResult, IndicatorColumns, evaluate_frame
    from ikicalc.importers import import_document

_SCALE_NAMES = frozenset({"FrameResult", "IndicatorColumns", "evaluate_frame"})


def __getattr__(name: str) -> object:
    if name in _SCALE_NAMES:
        from ikicalc import frame

        return getattr(frame, name)
    if name == "import_document":  # document readers (ikicalc[documents]): loaded when used
        from ikicalc.importers import import_document

        return import_document
    raise AttributeError(f"module 'ikicalc' has no attribute {name!r}")


__all__ = [
    "PREDIKAT_ORGANISASI",
    "PREDIKAT_PEGAWAI",
    "Category",
    "CellKind",
    "Component",
    "DataError",
    "Diagnostic",
    "Document",
    "DocumentError",
    "EvaluationError",
    "Formula",
    "FormulaSyntaxError",
    "FrameResult",
    "IkiError",
    "Indicator",
    "IndicatorColumns",
    "Interval",
    "Jabatan",
    "MeasuredResult",
    "NilaiCapaian",
    "Pelanggaran",
    "RealisasiData",
    "Report",
    "ReportRow",
    "Result",
    "Scale",
    "ScaleSyntaxError",
    "SkmResult",
    "SkpScore",
    "Target",
    "TargetPart",
    "TargetSyntaxError",
    "UnitMismatchError",
    "UnitResult",
    "UnknownSatuanError",
    "build_report",
    "capaian",
    "capaian_iki",
    "cek_distribusi",
    "evaluate_frame",
    "import_document",
    "infer_unit",
    "kategori_capaian",
    "lint",
    "load_document",
    "load_scales",
    "nilai_akhir_skp",
    "nilai_capaian_iki",
    "nilai_kinerja_pp30",
    "nilai_kinerja_tambahan",
    "nilai_tertimbang",
    "number_to_words",
    "parse",
    "parse_target",
    "predikat_kinerja",
    "predikat_pp30",
    "predikat_sakip",
    "quantity",
    "read_cell",
    "read_realisasi",
    "register_scale",
    "registry",
    "scale",
    "scale_names",
    "skm",
    "skp_pp46",
    "words_to_number",
]

__version__ = "0.1.0"
