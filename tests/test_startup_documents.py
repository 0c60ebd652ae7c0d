"""``ikicalc check`` reads a plainly valid definition file without pydantic
(:mod:`ikicalc.documents.plain`): it gives exactly the values pydantic gives, and leaves every
file pydantic would refuse or convert to pydantic (issue 18)."""

from __future__ import annotations

import copy
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from ikicalc.documents import check as document_check
from ikicalc.documents import plain
from ikicalc.documents.model import Document, Indicator, Jabatan
from ikicalc.documents.plain import PlainDocument, plain_document
from ikicalc.documents.yaml_lines import load_yaml_with_lines

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


def _data(path: Path) -> Any:
    return load_yaml_with_lines(path.read_text(encoding="utf-8-sig"), str(path)).data


def _shown(value: object) -> object:
    """A value with its types, nested models as their fields: what must agree exactly."""
    if isinstance(value, Document | Jabatan | Indicator):
        return (type(value).__name__, {k: _shown(getattr(value, k)) for k in type(value).model_fields})
    if isinstance(value, plain.PlainDocument | plain.PlainJabatan | plain.PlainIndicator):
        name = type(value).__name__.removeprefix("Plain")
        fields = sorted(type(value).__slots__, key=_FIELD_ORDER[name].index)
        return (name, {k: _shown(getattr(value, k)) for k in fields})
    if isinstance(value, list | tuple):
        return (type(value).__name__, [_shown(v) for v in value])
    if isinstance(value, dict):
        return ("dict", {k: _shown(v) for k, v in value.items()})
    return (type(value).__name__, repr(value))


_FIELD_ORDER = {
    "Document": list(Document.model_fields),
    "Jabatan": list(Jabatan.model_fields),
    "Indicator": list(Indicator.model_fields),
}


def _pydantic(data: object) -> Document | None:
    try:
        return Document.model_validate(data)
    except ValidationError:
        return None


def _agrees(data: object) -> bool:
    """Whether the plain reading agrees with pydantic; True when the plain one read it."""
    ours = plain_document(data)
    if ours is None:
        return False
    theirs = _pydantic(data)
    assert theirs is not None, "read plainly, but pydantic refuses it"
    assert _shown(ours) == _shown(theirs)
    return True


def test_the_plain_classes_have_the_models_fields() -> None:
    assert set(plain.PlainDocument.__slots__) == set(Document.model_fields)
    assert set(plain.PlainJabatan.__slots__) == set(Jabatan.model_fields)
    assert set(plain.PlainIndicator.__slots__) == set(Indicator.model_fields)


def test_the_control_characters_are_the_ones_text_refuses() -> None:
    refused = {
        chr(c) for c in range(sys.maxunicode + 1)
        if chr(c) != "\n" and unicodedata.category(chr(c)) == "Cc"
    }
    assert {chr(c) for c in range(0x3000) if plain._CONTROL.match(chr(c))} == refused


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_is_read_plainly_as_pydantic_reads_it(path: Path) -> None:
    assert _agrees(_data(path))


TRICKY: list[object] = [
    None, True, False, 0, 1, -3, 1899, 1900, 2019, 2200, 2201, 1.5, Decimal("81.35"),
    Decimal("1E+3"), Decimal("-0"), Decimal("NaN"), Decimal("Infinity"), "", " ", "x",
    "81,35", "1.250,5", "95", "Rp 5", "a\tb", "a\nb", "a\x85b", "\x7f", "positif", "negatif",
    "IKI", "IKU", "iki", [], [1], [1, 2], [2, 1], ["1", "2,5"], [1, 2, 3], [True, 2],
    [None, 1], [1.5, 2], {}, {"a": 1}, {"a": "orang"}, {" ": 1}, {1: 2}, {"a": True},
    {"a": 1.5}, {"a": "1,5"}, {"a": None}, {"a": "x\ty"}, [{}],
]
MISSING = object()


def _paths(data: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Every field of the document, of its first jabatan and of its first indicator, and an
    unknown one of each."""
    assert data["jabatan"][0]["indikator"][0]
    fields: list[tuple[Any, ...]] = [(name,) for name in [*Document.model_fields, "tahunan"]]
    fields += [("jabatan", 0, name) for name in [*Jabatan.model_fields, "unit"]]
    fields += [("jabatan", 0, "indikator", 0, name) for name in [*Indicator.model_fields, "x"]]
    return fields


def _changed(data: dict[str, Any], path: tuple[Any, ...], value: object) -> dict[str, Any]:
    changed = copy.deepcopy(data)
    *to, last = path
    place: Any = changed
    for step in to:
        place = place[step]
    if value is MISSING:
        place.pop(last, None)
    else:
        place[last] = copy.deepcopy(value)
    return changed


def test_a_changed_value_is_read_plainly_only_where_pydantic_agrees() -> None:
    base = _data(ROOT / "examples" / "kecamatan-bagor-2019.yaml")
    read = tried = 0
    for path in _paths(base):
        for value in [*TRICKY, MISSING]:
            tried += 1
            read += _agrees(_changed(base, path, value))
    assert tried > 1000
    assert read > 150  # many changes stay valid, read plainly, each as pydantic reads it


def test_a_duplicate_id_goes_to_pydantic() -> None:
    data = _data(ROOT / "examples" / "kecamatan-bagor-2019.yaml")
    rows = data["jabatan"][0]["indikator"]
    rows[1]["id"] = rows[0]["id"]
    assert plain_document(data) is None
    assert _pydantic(data) is None


def test_the_plain_document_cannot_be_changed() -> None:
    document = plain_document(_data(EXAMPLES[0]))
    assert isinstance(document, PlainDocument)
    with pytest.raises(AttributeError):
        document.unit = "x"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_check_finds_the_same_through_pydantic(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plainly = document_check.check_file(path)
    monkeypatch.setattr(plain, "plain_document", lambda data: None)
    assert [str(f) for f in document_check.check_file(path)] == [str(f) for f in plainly]
    assert [f.diagnostic for f in document_check.check_file(path)] == [
        f.diagnostic for f in plainly
    ]
