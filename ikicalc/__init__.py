"""ikicalc: read, check and evaluate the formulas of Indonesian IKI/IKU documents.

The public names below are imported when first used (PEP 562), so ``import ikicalc`` loads
none of pint, sympy, polars, duckdb, sqlglot, pydantic or numpy; the errors are always there.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

from ikicalc.errors import (
    EvaluationError,
    FormulaSyntaxError,
    IkiError,
    IkiWarning,
    ScaleSyntaxError,
    TargetSyntaxError,
    UndecidedNumberWarning,
)
from ikicalc.i18n import get_language, set_language

if TYPE_CHECKING:
    from ikicalc.backends.exact import (
        MeasuredResult,
        Result,
    )
    from ikicalc.backends.measured import (
        UnitResult,
        UnknownSatuanError,
        infer_unit,
    )
    from ikicalc.diagnostics.api import (
        lint,
    )
    from ikicalc.diagnostics.diagnostic import (
        Diagnostic,
    )
    from ikicalc.documents import (
        Document,
        DocumentError,
        Indicator,
        Jabatan,
        load_document,
    )
    from ikicalc.evaluation.exact import (
        Report,
        ReportRow,
        build_report,
    )
    from ikicalc.evaluation.frame import (
        FrameResult,
        IndicatorColumns,
        evaluate_frame,
    )
    from ikicalc.importers import (
        import_document,
    )
    from ikicalc.lang.cells import (
        CellKind,
        read_cell,
    )
    from ikicalc.lang.formula import (
        Formula,
    )
    from ikicalc.lang.parser import (
        parse,
    )
    from ikicalc.realisasi import (
        DataError,
        RealisasiData,
        read_realisasi,
    )
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
    from ikicalc.rules.capaian import (
        capaian,
    )
    from ikicalc.rules.scales import (
        Category,
        Interval,
        Scale,
        load_scales,
        register_scale,
        scale,
        scale_names,
    )
    from ikicalc.rules.scoring import (
        SkmResult,
        SkpScore,
        skm,
        skp_pp46,
    )
    from ikicalc.rules.target import (
        Component,
        Target,
        TargetPart,
        parse_target,
    )
    from ikicalc.rules.terbilang import (
        number_to_words,
        words_to_number,
    )
    from ikicalc.rules.units import (
        UnitMismatchError,
        quantity,
        registry,
    )

_LAZY: dict[str, str] = {
    "Category": "ikicalc.rules.scales",
    "CellKind": "ikicalc.lang.cells",
    "Component": "ikicalc.rules.target",
    "DataError": "ikicalc.realisasi",
    "Diagnostic": "ikicalc.diagnostics.diagnostic",
    "Document": "ikicalc.documents",
    "DocumentError": "ikicalc.documents",
    "Formula": "ikicalc.lang.formula",
    "FrameResult": "ikicalc.evaluation.frame",
    "Indicator": "ikicalc.documents",
    "IndicatorColumns": "ikicalc.evaluation.frame",
    "Interval": "ikicalc.rules.scales",
    "Jabatan": "ikicalc.documents",
    "MeasuredResult": "ikicalc.backends.exact",
    "NilaiCapaian": "ikicalc.rules",
    "PREDIKAT_ORGANISASI": "ikicalc.rules",
    "PREDIKAT_PEGAWAI": "ikicalc.rules",
    "Pelanggaran": "ikicalc.rules",
    "RealisasiData": "ikicalc.realisasi",
    "Report": "ikicalc.evaluation.exact",
    "ReportRow": "ikicalc.evaluation.exact",
    "Result": "ikicalc.backends.exact",
    "Scale": "ikicalc.rules.scales",
    "SkmResult": "ikicalc.rules.scoring",
    "SkpScore": "ikicalc.rules.scoring",
    "Target": "ikicalc.rules.target",
    "TargetPart": "ikicalc.rules.target",
    "UnitMismatchError": "ikicalc.rules.units",
    "UnitResult": "ikicalc.backends.measured",
    "UnknownSatuanError": "ikicalc.backends.measured",
    "build_report": "ikicalc.evaluation.exact",
    "capaian": "ikicalc.rules.capaian",
    "capaian_iki": "ikicalc.rules",
    "cek_distribusi": "ikicalc.rules",
    "evaluate_frame": "ikicalc.evaluation.frame",
    "import_document": "ikicalc.importers",
    "infer_unit": "ikicalc.backends.measured",
    "kategori_capaian": "ikicalc.rules",
    "lint": "ikicalc.diagnostics.api",
    "load_document": "ikicalc.documents",
    "load_scales": "ikicalc.rules.scales",
    "nilai_akhir_skp": "ikicalc.rules",
    "nilai_capaian_iki": "ikicalc.rules",
    "nilai_kinerja_pp30": "ikicalc.rules",
    "nilai_kinerja_tambahan": "ikicalc.rules",
    "nilai_tertimbang": "ikicalc.rules",
    "number_to_words": "ikicalc.rules.terbilang",
    "parse": "ikicalc.lang.parser",
    "parse_target": "ikicalc.rules.target",
    "predikat_kinerja": "ikicalc.rules",
    "predikat_pp30": "ikicalc.rules",
    "predikat_sakip": "ikicalc.rules",
    "quantity": "ikicalc.rules.units",
    "read_cell": "ikicalc.lang.cells",
    "read_realisasi": "ikicalc.realisasi",
    "register_scale": "ikicalc.rules.scales",
    "registry": "ikicalc.rules.units",
    "scale": "ikicalc.rules.scales",
    "scale_names": "ikicalc.rules.scales",
    "skm": "ikicalc.rules.scoring",
    "skp_pp46": "ikicalc.rules.scoring",
    "words_to_number": "ikicalc.rules.terbilang",
}
"""Public name → the module that defines it."""


def _module(module: str) -> ModuleType:
    """The module of a public name, imported statically (no dynamic import anywhere)."""
    found: ModuleType
    match module:
        case "ikicalc.lang.cells":
            import ikicalc.lang.cells as found
        case "ikicalc.diagnostics.api":
            import ikicalc.diagnostics.api as found
        case "ikicalc.diagnostics.diagnostic":
            import ikicalc.diagnostics.diagnostic as found
        case "ikicalc.documents":
            import ikicalc.documents as found
        case "ikicalc.backends.exact":
            import ikicalc.backends.exact as found
        case "ikicalc.lang.formula":
            import ikicalc.lang.formula as found
        case "ikicalc.evaluation.frame":
            import ikicalc.evaluation.frame as found
        case "ikicalc.importers":
            import ikicalc.importers as found
        case "ikicalc.lang.parser":
            import ikicalc.lang.parser as found
        case "ikicalc.realisasi":
            import ikicalc.realisasi as found
        case "ikicalc.evaluation.exact":
            import ikicalc.evaluation.exact as found
        case "ikicalc.rules":
            import ikicalc.rules as found
        case "ikicalc.rules.capaian":
            import ikicalc.rules.capaian as found
        case "ikicalc.rules.scales":
            import ikicalc.rules.scales as found
        case "ikicalc.rules.scoring":
            import ikicalc.rules.scoring as found
        case "ikicalc.rules.target":
            import ikicalc.rules.target as found
        case "ikicalc.rules.terbilang":
            import ikicalc.rules.terbilang as found
        case "ikicalc.backends.measured":
            import ikicalc.backends.measured as found
        case "ikicalc.rules.units":
            import ikicalc.rules.units as found
        case _:  # pragma: no cover - _LAZY names only the modules above
            raise AttributeError(module)
    return found


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'ikicalc' has no attribute {name!r}")
    value = getattr(_module(module), name)
    globals()[name] = value  # later uses are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


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
    "IkiWarning",
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
    "UndecidedNumberWarning",
    "UnitMismatchError",
    "UnitResult",
    "UnknownSatuanError",
    "build_report",
    "capaian",
    "capaian_iki",
    "cek_distribusi",
    "evaluate_frame",
    "get_language",
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
    "set_language",
    "skm",
    "skp_pp46",
    "words_to_number",
]

__version__ = "0.1.0"
