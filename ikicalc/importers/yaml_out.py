"""Writing an imported document as a definition file: the reviewed, versionable form.

The YAML has the schema comment first, then the metadata, then every position and its rows
in document order, one value per line (never folded), cells exactly as imported. A row that
needs review carries a ``# perlu diperiksa: …`` comment above it; rows that could not be
placed are listed as comments at the end, so nothing is lost silently. Reading the file
back with :func:`ikicalc.load_document` gives the same document.
"""

from __future__ import annotations

from typing import Any

import yaml

from ikicalc.documents import Indicator
from ikicalc.i18n import _
from ikicalc.importers.assemble import ImportResult

__all__ = ["SCHEMA_NAME", "dump_document"]

SCHEMA_NAME = "ikicalc-document.schema.json"
_WIDTH = 1_000_000


class _Dumper(yaml.SafeDumper):
    """Safe dumping, a text of several lines (a stacked fraction's cell) as a ``|`` block."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def _dump(data: object) -> str:
    return yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=_WIDTH,
        default_flow_style=False,
    )


def _indent(text: str, spaces: int) -> str:
    pad = " " * spaces
    return "".join(pad + line if line.strip() else line for line in text.splitlines(True))


def _comment(text: str) -> str:
    """Text for a ``#`` comment: on one line (a cell's line separators U+2028/U+2029 and
    any other line break would end the comment and break the YAML)."""
    return " ".join(text.split())


def _indicator(ind: Indicator) -> dict[str, Any]:
    data = ind.model_dump(mode="json", exclude_defaults=True)
    item: dict[str, Any] = {"id": ind.id}
    for key in ("sasaran", "indikator", "formula", "satuan", "target", "sumber_data", "catatan"):
        if key in ("indikator", "formula") or key in data:
            item[key] = getattr(ind, key) if key != "target" else data.get(key)
    for key, value in data.items():
        item.setdefault(key, value)
    return item


def dump_document(result: ImportResult) -> str:
    """The definition-file text of an imported document (see the module docstring)."""
    doc = result.document
    year = "tanpa tahun" if doc.tahun is None else str(doc.tahun)
    parts = [
        f"# yaml-language-server: $schema={SCHEMA_NAME}\n",
        f"# {doc.unit}: {'Indikator Kinerja Individu' if doc.jenis == 'IKI' else 'IKU'} ({year})\n",
        "".join(
            f"# {line}\n"
            for line in _(
                "Imported by 'ikicalc import' from {source} ({kind}); cells as the\n"
                "document has them. Review the rows marked 'perlu diperiksa', then commit this "
                "file."
            )
            .format(source=doc.sumber, kind=result.kind)
            .split("\n")
        ),
        "\n",
    ]
    head: dict[str, Any] = {"unit": doc.unit, "tahun": doc.tahun, "sumber": doc.sumber}
    head["jenis"] = doc.jenis
    if doc.catatan:
        head["catatan"] = doc.catatan
    parts.append(_dump(head))
    parts.append("jabatan:\n" if doc.jabatan else "jabatan: []\n")
    for number, jab in enumerate(doc.jabatan, 1):
        parts.append(f"\n  # {number}. {jab.nama}\n")
        entry: dict[str, Any] = {"nama": jab.nama}
        if jab.penanggung_jawab is not None:
            entry["penanggung_jawab"] = jab.penanggung_jawab
        parts.append(_indent(_dump([entry]), 2))
        parts.append("    indikator:\n")
        for ind in jab.indikator:
            reason = result.review.get(ind.id)
            if reason:
                parts.append(f"    # perlu diperiksa: {_comment(reason)}\n")
            parts.append(_indent(_dump([_indicator(ind)]), 4))
    if result.unplaced:
        comment = _("Table rows not placed in the document (nothing is dropped silently):")
        parts.append(f"\n# {comment}\n")
        parts.extend(f"#   {_comment(str(u))}\n" for u in result.unplaced)
    return "".join(parts)
