"""Moved to ikicalc.documents; this path stays for one release."""

from ikicalc.documents import (
    CellClassification,
    CellKind,
    CellReport,
    Document,
    DocumentError,
    ExactNumber,
    Indicator,
    Jabatan,
    LoadedYaml,
    TargetValue,
    classify_document,
    document_schema,
    load_document,
    load_yaml_with_lines,
    loads_document,
)

__all__ = [
    "CellClassification",
    "CellKind",
    "CellReport",
    "Document",
    "DocumentError",
    "ExactNumber",
    "Indicator",
    "Jabatan",
    "LoadedYaml",
    "TargetValue",
    "classify_document",
    "document_schema",
    "load_document",
    "load_yaml_with_lines",
    "loads_document",
]
