"""The request and response bodies of the HTTP API (pydantic), from which /docs is generated.

Numbers go in as JSON numbers or as text (``38``, ``"40"``, ``"81,35"``: decimal comma or
dot) and come out as text, exactly: ``value`` rounded half-up to 2 places, ``exact`` the
exact fraction (``"95"``, ``"19/2"``).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, StrictStr

from ikicalc.lang.lark_errors import MAX_LENGTH

__all__ = [
    "AstNode",
    "CapaianRequest",
    "CapaianResponse",
    "Diagnostic",
    "ErrorBody",
    "ErrorResponse",
    "EvaluateRequest",
    "EvaluateResponse",
    "ExplainResponse",
    "FormulaRequest",
    "KategoriRequest",
    "KategoriResponse",
    "LintRequest",
    "LintResponse",
    "Number",
    "ParseResponse",
    "ScoreInfo",
    "SkmRequest",
    "SkpRequest",
    "SolveRequest",
    "SolveResponse",
    "VariableSpan",
]

Number = Annotated[
    StrictInt | StrictFloat | StrictStr,
    Field(description='A number: 38, 37.5 or text such as "37,5" (decimal comma or dot).'),
]
Value = Number | list[Number]
FormulaText = Annotated[
    str,
    Field(
        max_length=MAX_LENGTH,
        description="Formula text as the document writes it.",
        examples=["Jumlah PNS yang hadir / Jumlah PNS x 100%"],
    ),
]


EXAMPLES: dict[str, dict[str, Any]] = {
    "formula": {"formula": "Jumlah PNS yang hadir / Jumlah PNS x 100%"},
    "evaluate": {
        "formula": "Jumlah PNS yang hadir / Jumlah PNS x 100%",
        "data": {"jumlah pns yg hadir": 38, "Jumlah PNS": "40"},
        "target": 90,
    },
    "lint": {"text": "Jumlah surat yang masuk / Jumlah surat yg didistribusikan"},
    "solve": {
        "formula": "Jumlah PNS yang hadir / Jumlah PNS x 100%",
        "variable": "Jumlah PNS yang hadir",
        "equals": 95,
        "given": {"Jumlah PNS": 40},
    },
    "capaian": {"realisasi": "6,5", "target": 7, "polarity": "negatif"},
    "kategori": {"value": "81,35", "scale": "skm-2017"},
}
"""One example request per endpoint, shown in /docs."""


def _config(example: dict[str, Any]) -> ConfigDict:
    return ConfigDict(extra="forbid", json_schema_extra={"examples": [example]})


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorBody(BaseModel):
    """What went wrong and where: ``line``/``column`` are 1-based, ``excerpt`` the line of
    the text with a caret under the problem."""

    message: str
    code: str = Field(description="Stable code: formula_syntax, evaluation, time_limit, …")
    line: int | None = None
    column: int | None = None
    excerpt: str | None = None


class ErrorResponse(BaseModel):
    """The body of every error response (400, 413, 422, 503)."""

    error: ErrorBody


class FormulaRequest(_Model):
    """A formula to read."""

    model_config = _config(EXAMPLES["formula"])

    formula: FormulaText


class VariableSpan(BaseModel):
    """Where a variable is written in the text: 0-based offsets ``[start, end)``."""

    name: str
    start: int
    end: int
    sigma: bool = Field(description="Whether it is summed (Σ name).")


class AstNode(BaseModel):
    """One node of the expression tree: ``type`` is number, percent, variable, sigma,
    negate, binary, aggregate (``Σ (…)``, ``rata-rata …``: ``op`` says which) or mean (of
    the list ``items``); ``op`` (``+ - × /``) and ``left``/``right`` for binary, ``operand``
    for negate, sigma and aggregate, ``value`` for numbers, ``name`` for variables."""

    type: Literal["number", "percent", "variable", "sigma", "negate", "binary", "aggregate", "mean"]
    start: int
    end: int
    value: str | None = None
    name: str | None = None
    op: str | None = None
    left: AstNode | None = None
    right: AstNode | None = None
    operand: AstNode | None = None
    items: list[AstNode] | None = None


class ParseResponse(BaseModel):
    """How ikicalc reads a formula."""

    variables: list[str] = Field(description="Variables in order of first appearance, as written.")
    text: str = Field(description="Canonical text; parses back to the same formula.")
    latex: str
    label: str | None = None
    items: list[str] = []
    spans: list[VariableSpan] = Field(description="Every occurrence of a variable in the text.")
    ast: AstNode


class ExplainResponse(ParseResponse):
    """The reading plus the simplest form (sympy)."""

    simplified: str | None = Field(description="An equal formula in simplest form.")
    simplified_latex: str | None = None
    simplify_error: str | None = None


class EvaluateRequest(_Model):
    """A formula and its data; optionally a target, polarity and scale for capaian/kategori."""

    model_config = _config(EXAMPLES["evaluate"])

    formula: FormulaText
    data: dict[str, Value] = Field(
        default_factory=dict,
        description="Variable name → number, or a list of numbers (one per employee …).",
        examples=[{"Jumlah PNS yang hadir": 38, "Jumlah PNS": "40"}],
    )
    units: dict[str, str] | None = Field(
        default=None, description='Satuan of variables, e.g. {"Jumlah pegawai": "orang"}.'
    )
    target: Number | None = Field(default=None, description="Target: then capaian is computed.")
    polarity: str = Field(default="positif", description="positif or negatif.")
    kategori: str | None = Field(
        default=None,
        description="Scale for the category of capaian: a name (skp-2013 …) or a scale as "
        "written. Default: skp-2013 when a target is given.",
    )


class EvaluateResponse(BaseModel):
    """The value: ``value`` rounded half-up to 2 places, ``exact`` exactly."""

    value: str
    exact: str
    unit: str | None
    formula: str
    variables: list[str]
    capaian: str | None = None
    capaian_exact: str | None = None
    kategori: str | None = None
    warnings: list[str] = Field(
        default_factory=list,
        description="W113: values written as text whose dot before three digits nothing in "
        "the data decides (read as thousands: '1.500' is 1500; a decimal comma in another "
        "value, '81,35', decides it).",
    )


class LintRequest(_Model):
    """A formula cell to check."""

    model_config = _config(EXAMPLES["lint"])

    text: Annotated[str, Field(max_length=MAX_LENGTH, examples=["A / B x 100%"])]


class Diagnostic(BaseModel):
    """One finding: ``start``/``end`` are 0-based offsets into the text."""

    code: str
    severity: Literal["error", "warning"]
    message: str
    start: int
    end: int
    line: int
    column: int
    suggestion: str | None = None


class LintResponse(BaseModel):
    """The findings, in text order; empty when nothing is wrong."""

    diagnostics: list[Diagnostic]


class SolveRequest(_Model):
    """Which value ``variable`` needs for the formula to equal ``equals``."""

    model_config = _config(EXAMPLES["solve"])

    formula: FormulaText
    variable: str
    equals: Number
    given: dict[str, Value] = Field(default_factory=dict)


class SolveResponse(BaseModel):
    """The value: rounded half-up to 2 places, and exactly."""

    value: str
    exact: str
    warnings: list[str] = Field(
        default_factory=list, description="W113, as for /api/evaluate, of the values given."
    )


class CapaianRequest(_Model):
    """Capaian of realisasi against a target (a number or a range ``[low, high]``)."""

    model_config = _config(EXAMPLES["capaian"])

    realisasi: Number
    target: Number | Annotated[list[Number], Field(min_length=2, max_length=2)]
    polarity: str = Field(default="positif", description="positif or negatif.")


class CapaianResponse(BaseModel):
    """Capaian in percent: rounded half-up to 2 places, and exactly."""

    capaian: str
    exact: str
    warnings: list[str] = Field(
        default_factory=list,
        description="W113, as for /api/evaluate, of the realisasi and target given as text.",
    )


class KategoriRequest(_Model):
    """The category of a value on a scale."""

    model_config = _config(EXAMPLES["kategori"])

    value: Number
    scale: str = Field(
        default="skp-2013",
        description="A scale name (skp-2013, skm-2017 …) or a scale as written "
        "('25,00 – 43,75 Tidak Baik 43,76 – 62,50 Kurang Baik …').",
    )


class KategoriResponse(BaseModel):
    """The category: its label, grade and the range it covers."""

    label: str
    grade: str | None
    range: str
    scale: str | None


class SkmRequest(_Model):
    """A satisfaction survey: one row of answers (1–4) per respondent, one per unsur."""

    responses: list[list[Number]] = Field(examples=[[[3, 4, 3], [4, 4, 3]]])
    weights: list[Number] | None = None
    standard: str = "skm-2017"


class SkpRequest(_Model):
    """One SKP activity under PP 46/2011: target and realisasi of kuantitas, kualitas, waktu
    and optionally biaya."""

    target: dict[str, Number] = Field(examples=[{"kuantitas": 10, "kualitas": 100, "waktu": 12}])
    realisasi: dict[str, Number] = Field(
        examples=[{"kuantitas": 10, "kualitas": 90, "waktu": 10}]
    )


class NilaiCapaianRequest(_Model):
    """A capaian in percent, for the kategori and nilai capaian IKI (PermenPAN-RB 8/2021)."""

    capaian: Number
    target_maksimal: bool = Field(
        default=False, description="The target is the most the indicator can reach."
    )


class KinerjaTambahanRequest(_Model):
    """One kinerja tambahan: its kategori, bobot and nilai (PermenPAN-RB 8/2021)."""

    kategori: str = Field(examples=["Baik"])
    bobot: Number
    nilai: Number


class NilaiAkhirSkpRequest(_Model):
    """The nilai tertimbang of the kinerja utama and of the kinerja tambahan."""

    utama: list[Number] = Field(min_length=1, examples=[["59,2", "43,6"]])
    tambahan: list[Number] = []


class NilaiKinerjaPp30Request(_Model):
    """Nilai SKP and nilai perilaku of a PNS (PP 30/2019 Pasal 41)."""

    nilai_skp: Number
    nilai_perilaku: Number
    bobot_skp: Literal[70, 60] = 70
    ide_baru: bool = Field(default=False, description="For the predikat Sangat Baik.")


class PredikatKinerjaRequest(_Model):
    """The two ratings of PermenPAN-RB 6/2022: di atas, sesuai or di bawah ekspektasi."""

    hasil_kerja: str = Field(examples=["di atas ekspektasi"])
    perilaku_kerja: str = Field(examples=["sesuai ekspektasi"])


class ScoreInfo(BaseModel):
    """An official scoring function offered at ``POST /api/score/{name}``."""

    name: str
    summary: str
    path: str


def dump(model: BaseModel) -> dict[str, Any]:
    """A request as plain data for a worker process."""
    return model.model_dump()
