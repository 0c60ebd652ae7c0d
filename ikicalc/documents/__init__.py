"""Definition files: one IKI/IKU document as YAML, validated by pydantic models.

A definition file holds what an IKI/IKU document says, cell by cell, with nothing dropped:
the document metadata, its positions (*jabatan*) and, per position, its indicator rows. The
formula cell is kept **exactly** as the document has it (LaTeX, HTML, typos and all);
:func:`classify_document` reads what each cell holds (:mod:`ikicalc.lang.cells`).

A short file::

    # yaml-language-server: $schema=ikicalc-document.schema.json
    unit: Kecamatan Bululawang
    tahun: 2017
    sumber: 004_00df573973865807.txt
    jenis: IKI
    jabatan:
      - nama: Sekretaris Kecamatan
        indikator:
          - id: 004-001
            sasaran: Meningkatkan produktifitas kinerja Aparatur Kecamatan
            indikator: Persentase Tingkat Kehadiran PNS lingkup Kecamatan
            formula: '$\\frac{\\sum \\text{Pegawai} ...}{...} \\times 100\\%$'
            satuan: '%'
            target: 95
            konstanta:
              hari kerja efektif: 240
            catatan: hari kerja dalam 1 tahun 240 hari kerja efektif

:func:`load_document` reads such a file with safe YAML loading (no Python tags, no code) and
reports every problem at once, each naming the file, the line and the field::

    x.yaml:42: jabatan[2].indikator[0].polaritas: expected 'positif' or 'negatif', got 'naik'

Numbers stay exact: a YAML number such as ``81.35`` becomes ``Decimal('81.35')``, never a float.
"""

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ikicalc.documents.classify import CellReport, classify_document
    from ikicalc.documents.load import load_document, loads_document
    from ikicalc.documents.model import (
        Document,
        ExactNumber,
        Indicator,
        Jabatan,
        TargetValue,
        Text,
    )
    from ikicalc.documents.schema import document_schema
    from ikicalc.documents.yaml_lines import LoadedYaml, load_yaml_with_lines
    from ikicalc.errors import DocumentError
    from ikicalc.lang.cells import CellClassification, CellKind

# Each name is imported on first use (``ikicalc check`` of a plainly valid file never
# imports pydantic, :mod:`ikicalc.documents.plain`).
_EXPORTS: dict[str, str] = {
    "CellReport": "ikicalc.documents.classify",
    "classify_document": "ikicalc.documents.classify",
    "load_document": "ikicalc.documents.load",
    "loads_document": "ikicalc.documents.load",
    "Document": "ikicalc.documents.model",
    "ExactNumber": "ikicalc.documents.model",
    "Indicator": "ikicalc.documents.model",
    "Jabatan": "ikicalc.documents.model",
    "TargetValue": "ikicalc.documents.model",
    "Text": "ikicalc.documents.model",
    "document_schema": "ikicalc.documents.schema",
    "LoadedYaml": "ikicalc.documents.yaml_lines",
    "load_yaml_with_lines": "ikicalc.documents.yaml_lines",
    "DocumentError": "ikicalc.errors",
    "CellClassification": "ikicalc.lang.cells",
    "CellKind": "ikicalc.lang.cells",
}


def _load(module: str) -> None:
    # Static imports, one per module: the package names no module to import at run time.
    if module == "ikicalc.documents.classify":
        import ikicalc.documents.classify
    elif module == "ikicalc.documents.load":
        import ikicalc.documents.load
    elif module == "ikicalc.documents.model":
        import ikicalc.documents.model
    elif module == "ikicalc.documents.schema":
        import ikicalc.documents.schema
    elif module == "ikicalc.documents.yaml_lines":
        import ikicalc.documents.yaml_lines
    elif module == "ikicalc.errors":
        import ikicalc.errors
    elif module == "ikicalc.lang.cells":
        import ikicalc.lang.cells  # noqa: F401


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'ikicalc.documents' has no attribute {name!r}")
    _load(module)
    value = getattr(sys.modules[module], name)
    globals()[name] = value
    return value


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
    "Text",
    "classify_document",
    "document_schema",
    "load_document",
    "load_yaml_with_lines",
    "loads_document",
]
