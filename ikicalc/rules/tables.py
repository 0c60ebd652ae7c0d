"""Every table ikicalc carries as data, with its source: for ``ikicalc scales``.

The category scales of ``ikicalc/data/scales.toml`` (and any registered with
:func:`ikicalc.register_scale`) and the rule tables of ``ikicalc/data/rules.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ikicalc.rules._common import rules_data
from ikicalc.rules.scales import Scale, scale, scale_names

__all__ = ["DataTable", "data_tables"]


@dataclass(frozen=True)
class DataTable:
    """One table: its ``name``, ``kind`` (``"scale"`` or ``"rule"``), ``title``, ``source``
    and ``rows`` (for a scale: ``(range as written, label, grade)``; for a rule table: the
    rows in words)."""

    name: str
    kind: str
    title: str
    source: str
    rows: tuple[tuple[str, ...], ...]

    def as_json(self) -> dict[str, Any]:
        """The table as JSON-ready data."""
        return {
            "name": self.name,
            "kind": self.kind,
            "title": self.title,
            "source": self.source,
            "rows": [list(row) for row in self.rows],
        }


def _scale_rows(found: Scale) -> tuple[tuple[str, ...], ...]:
    rows = []
    for category in found.categories:
        row = [category.interval.text, category.label]
        if category.grade:
            row.append(category.grade)
        rows.append(tuple(row))
    return tuple(rows)


def _rule_rows(name: str, table: dict[str, Any]) -> tuple[tuple[str, ...], ...]:
    if "kategori" in table:
        return tuple(
            (
                f"{r['capaian'][0]}–{r['capaian'][1]} %",
                r["label"],
                f"nilai {r['nilai'][0]}–{r['nilai'][1]}",
            )
            for r in table["kategori"]
        )
    if "faktor" in table:
        return tuple((label, f"faktor {value}") for label, value in table["faktor"].items())
    if "matriks" in table:
        return tuple(
            (
                f"hasil kerja {hasil}",
                *(f"{perilaku}: {p}" for perilaku, p in zip(table["ekspektasi"], row, strict=True)),
            )
            for hasil, row in zip(table["ekspektasi"], table["matriks"], strict=True)
        )
    if name == "distribusi-2022":
        rows = []
        for organisasi, quotas in table.items():
            if not isinstance(quotas, dict):
                continue
            for quota in quotas["kuota"]:
                labels = " atau ".join(quota["predikat"])
                if "maksimal" in quota:
                    rule = f"paling banyak {quota['maksimal']} %"
                elif "minimal" in quota:
                    rule = f"paling sedikit {quota['minimal']} %"
                else:
                    rule = "harus ada"
                rows.append((organisasi, labels, rule))
        return tuple(rows)
    return tuple((label,) for label in table.get("predikat", ()))


def data_tables() -> list[DataTable]:
    """Every scale (by name) and every rule table, in the order of their files."""
    found = [
        DataTable(name, "scale", s.title or "", s.source or "", _scale_rows(s))
        for name in scale_names()
        for s in [scale(name)]
    ]
    for name, table in rules_data().items():
        found.append(
            DataTable(
                name,
                "rule",
                table.get("title", ""),
                table.get("source", ""),
                _rule_rows(name, table),
            )
        )
    return found
