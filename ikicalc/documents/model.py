"""The definition-file model: pydantic models of a document, its jabatan and indicators,
with exact numbers (:data:`ExactNumber`) and clean text (:data:`Text`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from ikicalc.errors import DocumentError
from ikicalc.i18n import _
from ikicalc.numbers import parse_number

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
            "number_type", _("expected a number, not a yes/no value")
        )
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise PydanticCustomError("finite_number", _("expected a finite number"))
        return value
    if isinstance(value, float):
        raise PydanticCustomError(
            "number_type", _("floats are not exact: give the number as text or Decimal")
        )
    if isinstance(value, str):
        try:
            return parse_number(value)
        except ValueError:
            raise PydanticCustomError(
                "number_parsing", _("expected a number such as 240 or 81,35")
            ) from None
    raise PydanticCustomError("number_type", _("expected a number"))


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
                _(
                    "contains the control character U+{code}; LaTeX such as \\frac or \\text "
                    "inside double quotes is read as an escape: use single quotes or a block "
                    "scalar (|)"
                ),
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
                    _("a target range is [low, high], got {count} values"),
                    {"count": len(value)},
                )
            low, high = (_target_number(v) for v in value)
            if low > high:
                raise PydanticCustomError(
                    "target_range",
                    _("a target range is [low, high], but {low} > {high}"),
                    {"low": str(low), "high": str(high)},
                )
            return (low, high)
        return _target_number(value)

    @field_validator("konstanta", mode="after")
    @classmethod
    def _check_konstanta_names(cls, value: dict[str, Decimal]) -> dict[str, Decimal]:
        for name in value:
            if not _TEXT_CHECK.search(name):
                raise PydanticCustomError("konstanta_name", _("a constant needs a name"))
        return value


def _target_number(value: object) -> Decimal:
    try:
        result = _exact_number(value)
    except PydanticCustomError:
        raise PydanticCustomError(
            "target_type", _("expected a number, a [low, high] range or the target text")
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
                        _("duplicate indicator id {id}, first used at {first}"),
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
        for _jabatan, ind in self.iter_indicators():
            if ind.id == indicator_id:
                return ind
        where = self.sumber or self.unit
        raise DocumentError(
            [f"{where}: " + _("no indicator with id {id}").format(id=repr(indicator_id))]
        )
