"""The seed documents import to the rows a careful reader transcribed (the seed corpus).

Each field of each row is compared with ``../shared/corpus/seed-indicators.jsonl``; a
difference names the row, the field and both values.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import CORPUS_PATH, SEEDS_PATH

from ikicalc.importers import import_file

ROOT = Path(__file__).resolve().parent.parent
SEEDS = SEEDS_PATH
CORPUS = CORPUS_PATH

FIELDS = (
    "jabatan",
    "sasaran",
    "indikator",
    "formula",
    "sumber_data",
    "target",
    "note",
    "split_from_cell",
)


def _collapse(value: Any) -> Any:
    return re.sub(r"\s+", " ", value).strip() if isinstance(value, str) else value


def corpus_rows(prefix: str) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
    return [r for r in rows if r["id"].startswith(prefix + "-")]


def imported_rows(prefix: str) -> tuple[list[dict[str, Any]], Any]:
    [path] = SEEDS.glob(f"{prefix}_*.txt")
    result = import_file(path)
    rows = []
    for jab, ind in result.document.iter_indicators():
        rows.append(
            {
                "id": ind.id,
                "jabatan": jab.nama,
                "sasaran": ind.sasaran,
                "indikator": ind.indikator,
                "formula": ind.formula,
                "sumber_data": ind.sumber_data,
                "target": ind.target
                if isinstance(ind.target, str) or ind.target is None
                else str(ind.target),
                "note": ind.catatan,
                "split_from_cell": ind.dipisah_dari_sel,
            }
        )
    return rows, result


def differences(prefix: str) -> list[str]:
    expected = corpus_rows(prefix)
    got, _ = imported_rows(prefix)
    out = []
    if [r["id"] for r in got] != [r["id"] for r in expected]:
        out.append(f"{prefix}: {len(got)} rows imported, the corpus has {len(expected)}")
    for want, have in zip(expected, got, strict=False):
        for name in FIELDS:
            a, b = _collapse(want[name]), _collapse(have[name])
            if a != b:
                out.append(f"{want['id']} {name}: corpus {a!r}, imported {b!r}")
    return out


@pytest.mark.parametrize("prefix", ["000", "002", "003", "004"])
def test_seed_agrees_with_corpus_on_every_field(prefix: str) -> None:
    problems = differences(prefix)
    assert not problems, "\n".join(problems[:40])


@pytest.mark.parametrize("prefix", ["000", "002", "003", "004"])
def test_seed_metadata_and_nothing_unplaced(prefix: str) -> None:
    want = corpus_rows(prefix)[0]
    _, result = imported_rows(prefix)
    assert result.document.unit == want["unit"]
    assert result.document.tahun == want["year"]
    assert not result.unplaced, result.summary()


def test_a_difference_names_the_row_and_the_field(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = corpus_rows("003")
    rows[4] = {**rows[4], "sumber_data": "something else"}
    monkeypatch.setattr(f"{__name__}.corpus_rows", lambda prefix: rows)
    [problem] = differences("003")
    assert problem.startswith("003-005 sumber_data: corpus 'something else', imported 'Agenda")


FLAT_FIELDS = ("sasaran", "indikator", "formula", "sumber_data")
FLAT_AGREEING_CELLS = 289  # measured: 289 of the 292 cells (73 rows x 4 fields)


def test_flattened_pdf_text_finds_every_row_and_marks_it_for_review() -> None:
    expected = corpus_rows("001")
    got, result = imported_rows("001")
    assert result.kind == "flattened-pdf-text"
    assert len(got) == len(expected) == 73
    assert [r["jabatan"] for r in got] == [r["jabatan"] for r in expected]
    assert set(result.review) == {r["id"] for r in got}
    assert all("interleaved" in reason for reason in result.review.values())
    assert result.document.unit == "Kecamatan Bontang Barat"  # from 'Camat Bontang Barat'
    assert result.document.tahun is None
    differing = [
        f"{want['id']} {name}: corpus {_collapse(want[name])!r}, imported {_collapse(have[name])!r}"
        for want, have in zip(expected, got, strict=True)
        for name in FLAT_FIELDS
        if _collapse(want[name]) != _collapse(have[name])
    ]
    agreeing = len(expected) * len(FLAT_FIELDS) - len(differing)
    assert agreeing >= FLAT_AGREEING_CELLS, "\n".join(differing)
