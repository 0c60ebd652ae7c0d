"""Definition files: one IKI/IKU document as YAML, validated by pydantic models.

A definition file holds what an IKI/IKU document says, cell by cell, with nothing dropped:
the document metadata, its positions (*jabatan*) and, per position, its indicator rows. The
formula cell is kept **exactly** as the document has it (LaTeX, HTML, typos and all);
:func:`classify_document` reads what each cell holds (:mod:`ikicalc.cells`).

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

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from ikicalc.cells import CellClassification, CellKind, read_cell
from ikicalc.errors import DocumentError, IkiError
from ikicalc.numbers import MAX_DIGITS, parse_number
from ikicalc.target import parse_target

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


# --------------------------------------------------------------------------------------
# Exact numbers
# --------------------------------------------------------------------------------------


def _exact_number(value: object) -> object:
    """Before-validator: accept int, Decimal or Indonesian number text; refuse the rest.

    Floats are refused (a definition file never yields one: YAML numbers are read as
    Decimal); booleans are refused (``yes`` is not a number).
    """
    if isinstance(value, bool):
        raise PydanticCustomError(
            "number_type", "expected a number, got a yes/no value {value}", {"value": value}
        )
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise PydanticCustomError("finite_number", "expected a finite number")
        return value
    if isinstance(value, float):
        raise PydanticCustomError(
            "number_type", "floats are not exact: give the number as text or Decimal"
        )
    if isinstance(value, str):
        try:
            return parse_number(value)
        except ValueError:
            raise PydanticCustomError(
                "number_parsing", "expected a number such as 240 or 81,35"
            ) from None
    raise PydanticCustomError("number_type", "expected a number")


ExactNumber = Annotated[Decimal, BeforeValidator(_exact_number)]
"""An exact number: int, Decimal, or text such as ``"81,35"`` (never a float)."""


def _no_control_characters(value: str) -> str:
    """After-validator: refuse control characters, the trace of LaTeX in double quotes.

    In a double-quoted YAML scalar ``"\\frac"`` is read as a form feed and ``"\\text"`` as
    a tab, so a formula copied between double quotes is silently corrupted.
    """
    for ch in value:
        if ch != "\n" and unicodedata.category(ch) == "Cc":
            raise PydanticCustomError(
                "control_character",
                "contains the control character U+{code}; LaTeX such as \\frac or \\text "
                "inside double quotes is read as an escape: use single quotes or a block "
                "scalar (|)",
                {"code": f"{ord(ch):04X}"},
            )
    return value


Text = Annotated[str, AfterValidator(_no_control_characters)]
"""Text kept as written (no control characters other than line breaks)."""

TargetValue = Decimal | tuple[Decimal, Decimal] | Text | None
"""A target: a number, a ``[low, high]`` range, or the target text as the document has it."""

_TEXT_CHECK = re.compile(r"\S")


# --------------------------------------------------------------------------------------
# Models
# --------------------------------------------------------------------------------------

_MODEL_CONFIG = ConfigDict(frozen=True, extra="forbid")


class Indicator(BaseModel):
    """One indicator row of a position, every cell kept as the document has it."""

    model_config = _MODEL_CONFIG

    id: Text = Field(min_length=1, description="Row id, e.g. '004-001' (unique in the document).")
    sasaran: Text | None = Field(
        default=None, description="Goal / kinerja utama cell (carried down over merged cells)."
    )
    indikator: Text = Field(description="Indicator name as the document writes it.")
    formula: Text | None = Field(
        description=(
            "Formula cell, verbatim (LaTeX, HTML and typos kept). '' is an empty cell; null "
            "means the cell holds a target instead (see 'target')."
        )
    )
    satuan: Text | None = Field(default=None, description="Unit of the value, e.g. '%', 'dokumen'.")
    satuan_variabel: dict[str, Text] = Field(
        default_factory=dict,
        description="Unit of each variable, e.g. {'Jumlah pegawai': 'orang'}.",
    )
    target: TargetValue = Field(
        default=None,
        description="A number, a [low, high] range, or the target text as written.",
    )
    polaritas: Literal["positif", "negatif"] = Field(
        default="positif",
        description="'positif': higher is better; 'negatif': lower is better.",
    )
    konstanta: dict[str, ExactNumber] = Field(
        default_factory=dict,
        description="Constants the document states, e.g. {'hari kerja efektif': 240}.",
    )
    kategori: Text | None = Field(
        default=None, description="A built-in scale name or an inline scale text."
    )
    bobot: ExactNumber | None = Field(default=None, description="Weight of the indicator.")
    sumber_data: Text | None = Field(
        default=None, description="Data-source cell; null where the document gives none."
    )
    catatan: Text | None = Field(
        default=None, description="Text of a 'Catatan : ...' note attached to the row."
    )
    dipisah_dari_sel: bool = Field(
        default=False,
        description="True when one source cell held several indicators and the row was split.",
    )

    @field_validator("target", mode="before")
    @classmethod
    def _check_target(cls, value: object) -> object:
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, list | tuple):
            if len(value) != 2:
                raise PydanticCustomError(
                    "target_range",
                    "a target range is [low, high], got {count} values",
                    {"count": len(value)},
                )
            low, high = (_target_number(v) for v in value)
            if low > high:
                raise PydanticCustomError(
                    "target_range",
                    "a target range is [low, high], but {low} > {high}",
                    {"low": str(low), "high": str(high)},
                )
            return (low, high)
        return _target_number(value)

    @field_validator("konstanta", mode="after")
    @classmethod
    def _check_konstanta_names(cls, value: dict[str, Decimal]) -> dict[str, Decimal]:
        for name in value:
            if not _TEXT_CHECK.search(name):
                raise PydanticCustomError("konstanta_name", "a constant needs a name")
        return value


def _target_number(value: object) -> Decimal:
    try:
        result = _exact_number(value)
    except PydanticCustomError:
        raise PydanticCustomError(
            "target_type", "expected a number, a [low, high] range or the target text"
        ) from None
    assert isinstance(result, Decimal)  # noqa: S101 - _exact_number returns Decimal
    return result


class Jabatan(BaseModel):
    """A position (*jabatan*) and its indicator rows, in document order."""

    model_config = _MODEL_CONFIG

    nama: Text = Field(min_length=1, description="Position, as written (upper case kept).")
    penanggung_jawab: Text | None = Field(
        default=None, description="Person or position responsible, where the document names one."
    )
    indikator: list[Indicator] = Field(description="Indicator rows, in document order.")


class Document(BaseModel):
    """One IKI/IKU document: metadata and every position with its indicator rows."""

    model_config = _MODEL_CONFIG

    unit: Text = Field(min_length=1, description="Organisation, e.g. 'Kecamatan Bululawang'.")
    tahun: Annotated[int, Field(strict=True, ge=1900, le=2200)] | None = Field(
        description="Year the document states; null when it states none."
    )
    sumber: Text | None = Field(default=None, description="Source file the document was read from.")
    jenis: Literal["IKI", "IKU"] = Field(
        default="IKI",
        description="IKI (indikator kinerja individu) or IKU (indikator kinerja utama).",
    )
    catatan: Text | None = Field(default=None, description="Free note about the document.")
    jabatan: list[Jabatan] = Field(description="Positions, in document order.")

    @model_validator(mode="after")
    def _check_unique_ids(self) -> Document:
        seen: dict[str, tuple[int, int]] = {}
        for j, jab in enumerate(self.jabatan):
            for i, ind in enumerate(jab.indikator):
                if ind.id in seen:
                    first = seen[ind.id]
                    raise PydanticCustomError(
                        "duplicate_id",
                        "duplicate indicator id {id}, first used at {first}",
                        {
                            "id": repr(ind.id),
                            "first": f"jabatan[{first[0]}].indikator[{first[1]}]",
                            "loc": ("jabatan", j, "indikator", i, "id"),
                        },
                    )
                seen[ind.id] = (j, i)
        return self

    def iter_indicators(self) -> Iterator[tuple[Jabatan, Indicator]]:
        """Yield ``(jabatan, indicator)`` for every indicator row, in document order."""
        for jab in self.jabatan:
            for ind in jab.indikator:
                yield jab, ind

    def indicator(self, indicator_id: str) -> Indicator:
        """Return the indicator with this id; raise :class:`DocumentError` when there is none."""
        for _, ind in self.iter_indicators():
            if ind.id == indicator_id:
                return ind
        raise DocumentError([f"{self.sumber or self.unit}: no indicator with id {indicator_id!r}"])


def document_schema() -> dict[str, Any]:
    """Return the JSON Schema of a definition file (for editors and other tools)."""
    schema = Document.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "ikicalc IKI/IKU definition file"
    return schema


# --------------------------------------------------------------------------------------
# What the cells hold
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CellReport:
    """What one indicator's formula cell holds; the cell itself is kept as is."""

    indicator_id: str
    text: str | None
    classification: CellClassification


def classify_document(document: Document) -> tuple[CellReport, ...]:
    """Read the formula cell of every indicator, in document order (see
    :func:`ikicalc.cells.read_cell`).

    Nothing is dropped: a cell that cannot be read is reported with its diagnostic. A row
    whose formula is ``null`` holds a target: its ``target`` text is read as one.
    """
    reports: list[CellReport] = []
    for _, ind in document.iter_indicators():
        result = _target_cell(ind.target) if ind.formula is None else read_cell(ind.formula)
        reports.append(CellReport(ind.id, ind.formula, result))
    return tuple(reports)


def _target_cell(target: object) -> CellClassification:
    if not isinstance(target, str):
        return CellClassification(CellKind.TARGET)
    try:
        return CellClassification(CellKind.TARGET, value=parse_target(target))
    except IkiError as error:
        return CellClassification(CellKind.TARGET, str(error), error=error)


# --------------------------------------------------------------------------------------
# YAML with line numbers
# --------------------------------------------------------------------------------------

Loc = tuple[str | int, ...]

_MAX_NODES = 1_000_000
_INT_TAG = "tag:yaml.org,2002:int"
_FLOAT_TAG = "tag:yaml.org,2002:float"
_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}


@dataclass(frozen=True)
class LoadedYaml:
    """Python data built from YAML, with the 1-based line of every value and mapping key."""

    data: object
    value_lines: Mapping[Loc, int]
    key_lines: Mapping[Loc, int]

    def line_of(self, loc: Loc, *, key: bool = False) -> int:
        """Return the line of ``loc``, or of its deepest known ancestor."""
        lines = self.key_lines if key and loc in self.key_lines else self.value_lines
        probe = tuple(loc)
        while probe and probe not in lines:
            probe = probe[:-1]
        return lines.get(probe, self.value_lines.get((), 1))


class _YamlError(Exception):
    def __init__(self, line: int, message: str):
        self.line = line
        self.message = message
        super().__init__(message)


class _Builder:
    """Turns a composed YAML node tree into plain Python data, remembering positions."""

    def __init__(self) -> None:
        self.value_lines: dict[Loc, int] = {}
        self.key_lines: dict[Loc, int] = {}
        self._constructor = yaml.constructor.SafeConstructor()
        self._active: set[int] = set()

    def build(self, node: yaml.Node, loc: Loc) -> object:
        self.value_lines.setdefault(loc, node.start_mark.line + 1)
        if id(node) in self._active:
            raise _YamlError(node.start_mark.line + 1, "recursive alias")
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node)
        self._active.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                if node.tag != "tag:yaml.org,2002:seq":
                    raise _YamlError(node.start_mark.line + 1, f"unsupported tag {node.tag}")
                return [self.build(child, (*loc, i)) for i, child in enumerate(node.value)]
            if isinstance(node, yaml.MappingNode):
                return self._mapping(node, loc)
            raise _YamlError(node.start_mark.line + 1, "unsupported YAML node")
        finally:
            self._active.discard(id(node))

    def _mapping(self, node: yaml.MappingNode, loc: Loc) -> dict[object, object]:
        if node.tag != "tag:yaml.org,2002:map":
            raise _YamlError(node.start_mark.line + 1, f"unsupported tag {node.tag}")
        result: dict[object, object] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise _YamlError(key_node.start_mark.line + 1, "merge keys (<<) are not supported")
            if not isinstance(key_node, yaml.ScalarNode):
                raise _YamlError(key_node.start_mark.line + 1, "a key must be a plain value")
            key = self._scalar(key_node)
            if not isinstance(key, str | int):
                key = str(key)
            if key in result:
                raise _YamlError(
                    key_node.start_mark.line + 1,
                    f"{_dotted((*loc, key))}: duplicate key {key!r} "
                    f"(first on line {self.key_lines[(*loc, key)]})",
                )
            self.key_lines[(*loc, key)] = key_node.start_mark.line + 1
            result[key] = self.build(value_node, (*loc, key))
        return result

    def _scalar(self, node: yaml.ScalarNode) -> object:
        line = node.start_mark.line + 1
        if node.tag == _FLOAT_TAG:
            return _yaml_decimal(node.value, line)
        if node.tag == _INT_TAG:
            return _yaml_int(node.value, line)
        if node.tag not in _SCALAR_TAGS:
            raise _YamlError(line, f"unsupported tag {node.tag}")
        return self._constructor.construct_object(node, deep=True)


def _yaml_int(text: str, line: int) -> int | str:
    """A YAML integer, read in linear time and within :data:`MAX_DIGITS` digits. YAML 1.1's
    base-60 integers (``1:30``) are text, as in YAML 1.2 (PyYAML reads them in quadratic
    time)."""
    raw = text.replace("_", "")
    if ":" in raw:
        return text
    digits = sum(ch.isdigit() or ch in "abcdefABCDEF" for ch in raw)
    if digits > MAX_DIGITS:
        raise _YamlError(
            line, f"{_short(text)}: a number has at most {MAX_DIGITS} digits (MAX_DIGITS)"
        )
    sign = -1 if raw.startswith("-") else 1
    body = raw.lstrip("+-")
    try:
        if body.startswith(("0x", "0X")):
            return sign * int(body[2:], 16)
        if body.startswith(("0o", "0O")):
            return sign * int(body[2:], 8)
        if body.startswith(("0b", "0B")):
            return sign * int(body[2:], 2)
        if len(body) > 1 and body.startswith("0"):
            return sign * int(body, 8)  # YAML 1.1 octal, as PyYAML reads it
        return sign * int(body)
    except ValueError:
        raise _YamlError(line, f"{_short(text)} is not a number") from None


def _short(text: str) -> str:
    return repr(text) if len(text) <= 40 else repr(text[:37]) + "…"


def _yaml_decimal(text: str, line: int) -> Decimal:
    raw = text.replace("_", "")
    if ":" in raw:
        raise _YamlError(line, f"{_short(text)}: sexagesimal numbers are not supported")
    if sum(ch.isdigit() for ch in raw) > MAX_DIGITS:
        raise _YamlError(
            line, f"{_short(text)}: a number has at most {MAX_DIGITS} digits (MAX_DIGITS)"
        )
    try:
        value = Decimal(raw)
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite():
        raise _YamlError(line, f"{_short(text)} is not a finite number")
    if value and not -MAX_DIGITS <= value.adjusted() < MAX_DIGITS:
        raise _YamlError(
            line,
            f"{_short(text)} is too large or too small: a number must be 0 or lie between "
            f"1e-{MAX_DIGITS} and 1e{MAX_DIGITS} in size",
        )
    return value


def _expanded_size(node: yaml.Node, memo: dict[int, int], active: set[int]) -> int:
    """Number of nodes once every alias is expanded, computed without expanding them."""
    known = memo.get(id(node))
    if known is not None:
        return known
    if id(node) in active:
        raise _YamlError(node.start_mark.line + 1, "recursive alias")
    size = 1
    if isinstance(node, yaml.SequenceNode | yaml.MappingNode):
        active.add(id(node))
        children = (
            node.value
            if isinstance(node, yaml.SequenceNode)
            else [part for pair in node.value for part in pair]
        )
        for child in children:
            size += _expanded_size(child, memo, active)
            if size > _MAX_NODES:
                raise _YamlError(node.start_mark.line + 1, "the file is too large (alias bomb?)")
        active.discard(id(node))
    memo[id(node)] = size
    return size


def load_yaml_with_lines(text: str, filename: str = "<string>") -> LoadedYaml:
    """Read YAML safely (no Python tags) into plain data, keeping the line of every value.

    Floats become :class:`~decimal.Decimal` (exact); ``.inf``/``.nan``, unknown tags, merge
    keys, recursive aliases and duplicate keys are errors. Raises :class:`DocumentError`.
    """
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        problem = exc.problem or exc.context or "invalid YAML"
        if "escape" in problem:
            problem += (
                " (LaTeX backslashes inside double quotes are read as escapes: use single "
                "quotes or a block scalar)"
            )
        raise DocumentError([f"{filename}:{line}: YAML syntax: {problem}"], line=line) from None
    except yaml.YAMLError as exc:
        raise DocumentError([f"{filename}: YAML syntax: {exc}"]) from None
    except RecursionError:
        raise DocumentError([f"{filename}: YAML nested too deeply"]) from None
    if node is None:
        raise DocumentError([f"{filename}:1: the file is empty"], line=1)
    builder = _Builder()
    try:
        _expanded_size(node, {}, set())
        data = builder.build(node, ())
    except _YamlError as exc:
        raise DocumentError([f"{filename}:{exc.line}: {exc.message}"], line=exc.line) from None
    except RecursionError:
        raise DocumentError([f"{filename}: YAML nested too deeply"]) from None
    return LoadedYaml(data, builder.value_lines, builder.key_lines)


# --------------------------------------------------------------------------------------
# Loading definition files
# --------------------------------------------------------------------------------------


def _dotted(loc: Loc) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(document)"


def _shown(value: object) -> str | None:
    if isinstance(value, Decimal):
        return str(value)
    if value is None or isinstance(value, str | int):
        return repr(value)
    return None


def _message(error: Mapping[str, Any]) -> str:
    kind = error["type"]
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field (check the spelling)"
    message = re.sub(r"^(?:Value error, )?Input should be ", "expected ", str(error["msg"]))
    shown = _shown(error.get("input"))
    if kind != "duplicate_id" and shown is not None:
        message += f", got {shown}"
    return message


def _format_errors(
    exc: ValidationError, loaded: LoadedYaml, filename: str
) -> list[tuple[int, str]]:
    problems: list[tuple[int, str]] = []
    seen: set[str] = set()
    for error in exc.errors():
        ctx = error.get("ctx") or {}
        loc: Loc = tuple(ctx["loc"]) if "loc" in ctx else tuple(error["loc"])
        kind = error["type"]
        if kind == "missing":
            line = loaded.line_of(loc[:-1])
        else:
            line = loaded.line_of(loc, key=kind == "extra_forbidden")
        problem = f"{filename}:{line}: {_dotted(loc)}: {_message(error)}"
        if problem not in seen:
            seen.add(problem)
            problems.append((line, problem))
    return sorted(problems, key=lambda item: item[0])


def loads_document(text: str, filename: str = "<string>") -> Document:
    """Read a definition file from ``text``; ``filename`` is used in error messages.

    Raises :class:`DocumentError` listing every problem (``file:line: field: message``).
    """
    loaded = load_yaml_with_lines(text, filename)
    if not isinstance(loaded.data, dict):
        raise DocumentError(
            [f"{filename}:1: a definition file is a mapping (unit:, jabatan: ...)"], line=1
        )
    try:
        return Document.model_validate(loaded.data)
    except ValidationError as exc:
        problems = _format_errors(exc, loaded, filename)
        raise DocumentError([p for _, p in problems], line=problems[0][0]) from None


def load_document(path: str | Path) -> Document:
    """Read and validate the definition file at ``path`` (UTF-8, BOM allowed).

    Raises :class:`DocumentError` naming the file, line and field of every problem.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise DocumentError([f"{path}: no such file"]) from None
    except UnicodeDecodeError as exc:
        raise DocumentError([f"{path}: not UTF-8 text (byte {exc.start})"]) from None
    return loads_document(text, str(path))
