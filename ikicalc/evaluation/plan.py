"""The indicator plan: everything about an indicator that does not depend on the data,
decided once, and the binding of its variables to the data, decided the same way for
every engine.

:func:`plan_document` reads each indicator of a document into an :class:`IndicatorPlan`:
its formula (or why there is none), its target and polarity, its satuan, and the scale
that names its kategori (the indicator's own scale, on the realisasi; else the report's
default scale, on the capaian). :func:`bind` then says, for one data set, where each
variable's value comes from: a column, a constant (``konstanta`` of the document, or
``constants`` given by the caller), the count of the data rows (``Σ Pegawai`` with no
column), or why it has none. :func:`ikicalc.build_report` (exact) and
:func:`ikicalc.evaluate_frame` (Polars) both execute plans and decide none of this
themselves, so they cannot disagree on it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from fractions import Fraction
from typing import Literal, TypeAlias

from ikicalc.documents import Document, Indicator, Jabatan
from ikicalc.errors import IkiError, ScaleSyntaxError, TargetSyntaxError
from ikicalc.i18n import _
from ikicalc.lang import ast
from ikicalc.lang.cells import CellKind, read_cell
from ikicalc.lang.formula import Formula
from ikicalc.names import counts_rows, name_key
from ikicalc.names import did_you_mean as names_did_you_mean
from ikicalc.numbers import to_fraction
from ikicalc.rules.capaian import capaian, read_polarity
from ikicalc.rules.scales import Scale, kategori_scale, scale
from ikicalc.rules.target import parse_target

__all__ = [
    "DEFAULT_SCALE",
    "Binding",
    "Column",
    "Constant",
    "IndicatorPlan",
    "Judging",
    "RowCount",
    "TargetValue",
    "Unbound",
    "bind",
    "counted",
    "did_you_mean",
    "per_row_in_sum",
    "plan_document",
    "plan_formula",
]

from ikicalc.evaluation import DEFAULT_SCALE

TargetValue: TypeAlias = Decimal | tuple[Decimal, Decimal] | None
"""A target as a number, a range ``(low, high)``, or none."""

Kind: TypeAlias = Literal["formula", "direct", "none"]

NILAI_SCALE = "capaian-iki-2021"
"""The scale whose rows also get a nilai capaian IKI."""


@dataclass(frozen=True)
class Judging:
    """How a realisasi becomes capaian and kategori.

    ``target`` is the number (or range) capaian is measured against, ``None`` when there
    is none or it cannot be read (``problems`` says why; ``notes`` tells how a target text
    was read). ``scale`` classifies the realisasi (``scale_on == "realisasi"``: the
    indicator names it) or the capaian (the default scale).
    """

    target: TargetValue
    polarity: str
    scale: Scale | None
    scale_on: Literal["realisasi", "capaian"]
    notes: tuple[str, ...] = ()
    target_problem: str | None = None
    scale_problem: str | None = None

    @property
    def negative(self) -> bool:
        """Lower is better."""
        return read_polarity(self.polarity) == "negative"

    @property
    def nilai(self) -> bool:
        """Whether the row gets a nilai capaian IKI (0–120, PermenPAN-RB 8/2021): its capaian
        is categorised on the 8/2021 scale and it has a target."""
        return (
            self.target is not None
            and self.scale_on == "capaian"
            and self.scale is not None
            and self.scale.name == NILAI_SCALE
        )


@dataclass(frozen=True)
class IndicatorPlan:
    """One indicator, decided once (see the module documentation).

    ``kind`` is ``"formula"`` (evaluate ``formula``), ``"direct"`` (the cell holds a scale
    or a target: the data gives the realisasi itself; ``problem`` says what the cell holds)
    or ``"none"`` (``problem`` says why nothing can be computed).
    """

    id: str
    kind: Kind
    judging: Judging
    formula: Formula | None = None
    problem: str | None = None
    jabatan: Jabatan | None = None
    indicator: Indicator | None = None
    units: Mapping[str, str] = field(default_factory=dict)
    konstanta: Mapping[str, Fraction] = field(default_factory=dict)
    default_scale: Scale | None = None

    def with_target(self, target: object) -> IndicatorPlan:
        """This plan with another target (a target given in the data, not the document)."""
        own = self.indicator.kategori if self.indicator is not None else None
        judging = _judging(
            _target_value(target), self.judging.polarity, own, self.default_scale
        )
        indicator = self.indicator
        if indicator is not None:
            indicator = indicator.model_copy(update={"target": target})
        return replace(self, judging=judging, indicator=indicator)

    @property
    def unit(self) -> str | None:
        """``"%"`` for a formula whose value is a percentage, else ``None``."""
        if self.formula is not None and ast.is_percent(self.formula.expr):
            return "%"
        return None

    @property
    def summed(self) -> bool:
        """Whether the formula adds values up or averages them over the rows (``Σ``,
        ``Σ (…)``, ``rata-rata …``): one value per group of rows."""
        return self.formula is not None and ast.aggregates(self.formula.expr)


# ---- plans ----------------------------------------------------------------------------


def plan_document(
    document: Document,
    *,
    kategori: str | Scale | None = DEFAULT_SCALE,
    indicators: Sequence[str] | None = None,
) -> tuple[IndicatorPlan, ...]:
    """The plan of every indicator of ``document`` (or of those listed), in document order.

    ``kategori`` is the default scale for capaian (a name, scale text or :class:`Scale`;
    ``None``: no category unless an indicator names its own).
    """
    default = _default_scale(kategori)
    wanted = None if indicators is None else set(indicators)
    if wanted is not None:
        for indicator_id in indicators or ():
            document.indicator(indicator_id)  # an unknown id is an error naming it
    plans = []
    for jabatan, indicator in document.iter_indicators():
        if wanted is None or indicator.id in wanted:
            plans.append(_plan_indicator(jabatan, indicator, default))
    return tuple(plans)


def plan_formula(
    formula: Formula,
    *,
    target: object = None,
    polarity: str = "positif",
    scale_: Scale | str | None = None,
    default: str | Scale | None = None,
) -> IndicatorPlan:
    """The plan of one formula given in code: ``scale_`` classifies its realisasi (as an
    indicator's own scale does), ``default`` its capaian."""
    fallback = _default_scale(default)
    judging = _judging(_target_value(target), polarity, scale_, fallback)
    return IndicatorPlan("", "formula", judging, formula=formula, default_scale=fallback)


def _default_scale(kategori: str | Scale | None) -> Scale | None:
    if kategori is None or isinstance(kategori, Scale):
        return kategori
    return kategori_scale(kategori)


def _plan_indicator(jabatan: Jabatan, indicator: Indicator, default: Scale | None) -> IndicatorPlan:
    judging = _judging(indicator.target, indicator.polaritas, indicator.kategori, default)
    units = dict(indicator.satuan_variabel)
    konstanta = {name_key(k): Fraction(v) for k, v in indicator.konstanta.items()}

    def plan(
        kind: Kind, formula: Formula | None = None, problem: str | None = None
    ) -> IndicatorPlan:
        return IndicatorPlan(
            indicator.id,
            kind,
            judging,
            formula,
            problem,
            jabatan,
            indicator,
            units,
            konstanta,
            default,
        )

    if indicator.formula is None:
        return plan("direct", problem=_("the formula cell holds a target, not a formula"))
    cell = read_cell(indicator.formula)
    if cell.kind in (CellKind.SCALE, CellKind.TARGET):
        if cell.kind is CellKind.SCALE:
            problem = _("the formula cell holds a category scale, not a formula")
        else:
            problem = _("the formula cell holds a target, not a formula")
        return plan("direct", problem=problem)
    if cell.kind is not CellKind.FORMULA or not isinstance(cell.value, Formula):
        if cell.error is not None:
            reason = cell.error.in_words()
        else:
            reason = (cell.diagnostic or _("the cell is not a formula")).split("\n", 1)[0]
        return plan("none", problem=_("not computed: {reason}").format(reason=reason))
    return plan("formula", cell.value)


def _target_value(value: object) -> TargetValue | str:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, tuple | list):
        if len(value) != 2:
            raise IkiError(
                _("a range target has two numbers (low, high); got {count}").format(
                    count=len(value)
                )
            )
        low, high = (_decimal(v, "target") for v in value)
        return (low, high)
    return _decimal(value, "target")


def _decimal(value: object, what: str) -> Decimal:
    try:
        exact = to_fraction(value)
    except ValueError as error:
        raise IkiError(
            _("{what}: {error}; give a number such as 81,35").format(what=what, error=error)
        ) from None
    return Decimal(exact.numerator) / Decimal(exact.denominator)


def _judging(
    raw: TargetValue | str,
    polarity: str,
    own: Scale | str | None,
    default: Scale | None,
) -> Judging:
    notes: list[str] = []
    target: TargetValue = None
    target_problem = None
    if raw is None:
        notes.append(_("no target: capaian is not computed"))
    elif isinstance(raw, str):
        try:
            read = parse_target(raw)
        except TargetSyntaxError as error:
            target_problem = _("the target {target} is not a number ({reason})").format(
                target=repr(raw), reason=error.reason
            )
        else:
            target = read.range or read.value
            if str(read.value) != raw.strip():
                unit = f" {read.unit}" if read.unit else ""
                notes.append(
                    _("the target {raw} is read as {value}").format(
                        raw=repr(raw), value=f"{read.value}{unit}"
                    )
                )
    else:
        target = raw
    if target is not None:
        probe = target[0] if isinstance(target, tuple) else target
        try:
            capaian(probe, target, polarity, exact=True)
        except IkiError as error:
            target_problem, target = error.in_words(), None
    if own is not None:
        try:
            found = own if isinstance(own, Scale) else kategori_scale(own)
        except (ScaleSyntaxError, IkiError) as error:
            problem = _("the kategori scale cannot be read: {reason}").format(
                reason=error.in_words()
            )
            return Judging(
                target, polarity, None, "realisasi", tuple(notes), target_problem, problem
            )
        return Judging(target, polarity, found, "realisasi", tuple(notes), target_problem)
    return Judging(target, polarity, default, "capaian", tuple(notes), target_problem)


# ---- bindings -------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """The variable's values are the column ``name`` of the data."""

    name: str


@dataclass(frozen=True)
class Constant:
    """The variable is a number: ``konstanta`` of the document or ``constants`` of the call.
    It stands for a column holding that number on every row."""

    value: Fraction


@dataclass(frozen=True)
class RowCount:
    """``Σ Pegawai`` / ``Jumlah Pegawai`` over per-row data with no such column: each row
    counts one, so the sum is the number of rows (``[rows]`` of ``data/names.toml``)."""


@dataclass(frozen=True)
class Unbound:
    """The variable has no value in the data: ``reason`` says why, in the user's words."""

    reason: str


Binding: TypeAlias = Column | Constant | RowCount | Unbound


def bind(
    plan: IndicatorPlan,
    names: Sequence[str],
    *,
    where: str | None = None,
    columns: Mapping[str, str] | None = None,
    constants: Mapping[str, object] | None = None,
    per_row: bool = True,
) -> dict[str, Binding]:
    """Where each variable of ``plan``'s formula takes its value from (keys: name keys).

    ``names`` are the data's column names. The order of precedence: ``columns`` (variable
    → column, given by the caller), ``constants`` (given by the caller), the column named
    as the variable (ignoring case, spacing and abbreviations), the document's
    ``konstanta``, the row count (``per_row`` data only), else :class:`Unbound` with a
    "did you mean" among the columns the data really has.
    """
    where = _("the data") if where is None else where
    formula = plan.formula
    if formula is None:
        return {}
    by_key: dict[str, list[str]] = {}
    for name in names:
        by_key.setdefault(name_key(name), []).append(name)
    chosen = {name_key(k): v for k, v in (columns or {}).items()}
    for variable, target in (columns or {}).items():
        if target not in names:
            raise IkiError(
                _(
                    "columns maps {variable} to {target}, but {where} has no column {target}{hint}"
                ).format(
                    variable=repr(variable),
                    target=repr(target),
                    where=where,
                    hint=did_you_mean(target, names),
                )
            )
    fixed = {name_key(k): to_exact(v, f"constant {k!r}") for k, v in (constants or {}).items()}
    bound: dict[str, Binding] = {}
    for variable in formula.variables:
        key = name_key(variable)
        matches = by_key.get(key, [])
        if key in chosen:
            bound[key] = Column(chosen[key])
        elif key in fixed:
            bound[key] = Constant(fixed[key])
        elif variable in names:
            bound[key] = Column(variable)
        elif len(matches) == 1:
            bound[key] = Column(matches[0])
        elif matches:
            listed = ", ".join(repr(m) for m in matches)
            bound[key] = Unbound(
                _("the columns {listed} all match '{variable}'; pass columns={{{name}: …}}").format(
                    listed=listed, variable=variable, name=repr(variable)
                )
            )
        elif key in plan.konstanta:
            bound[key] = Constant(plan.konstanta[key])
        elif per_row and counts_rows(variable):
            bound[key] = RowCount()
        else:
            bound[key] = Unbound(
                _("no column for '{name}' in {where}").format(name=variable, where=where)
                + did_you_mean(variable, names, formula.variables)
            )
    return bound


def counted(formula: Formula, bindings: Mapping[str, Binding]) -> Formula:
    """``formula`` with every variable bound to a :class:`RowCount` summed (``Jumlah
    Pegawai`` → ``Σ Jumlah Pegawai``): each row counts one, so the count is a sum over the
    rows (of the group). The one rule both engines apply."""
    keys = {key for key, binding in bindings.items() if isinstance(binding, RowCount)}
    if not keys:
        return formula
    # inside Σ (…) / rata-rata … a row is seen one at a time: it counts one
    on_a_row = {
        id(v)
        for node in ast.walk(formula.expr)
        if isinstance(node, ast.Aggregate)
        for v in ast.walk(node.operand)
        if isinstance(v, ast.Variable)
    }

    def summed(node: ast.Expr) -> ast.Expr:
        if isinstance(node, ast.Variable) and name_key(node.name) in keys:
            if id(node) in on_a_row:
                return ast.Number(Decimal(1), node.span)
            return ast.Sigma(node, node.span)
        return node

    # a Σ is a leaf to the toolkit, so a variable already under one is never wrapped twice
    return replace(formula, expr=ast.transform(formula.expr, summed))


def per_row_in_sum(formula: Formula, bindings: Mapping[str, Binding]) -> str | None:
    """Why a summed formula cannot be computed over per-row data: a variable outside any
    ``Σ`` has one value per row (a column). ``None`` when every column is summed."""
    summed, plain = ast.split_sums(formula.expr)
    if not summed:
        return None
    for node in plain:
        if isinstance(bindings.get(name_key(node.name)), Column):
            return (
                _(
                    "'{name}' has one value per row; write 'Σ {name}' to add them up, or give "
                    "it as a number with constants={{…}}"
                ).format(name=node.name)
            )
    return None


def to_exact(value: object, what: str) -> Fraction:
    """A number given by the caller, exactly, or an :class:`IkiError` naming ``what``."""
    try:
        return to_fraction(value)
    except ValueError as error:
        raise IkiError(
            _("{what}: {error}; give a number such as 240").format(what=what, error=error)
        ) from None


def did_you_mean(name: str, names: Iterable[str], taken: Iterable[str] = ()) -> str:
    """``"; did you mean 'X'?"`` with the closest of ``names``, else the names listed: the
    one "did you mean" of the engines (matched as :func:`ikicalc.names.name_key` matches).
    A name of ``taken`` (the other variables of the formula) is no misspelling of ``name``."""
    keys = {name_key(n): n for n in names}
    others = {name_key(n) for n in taken} - {name_key(name)}
    hint = names_did_you_mean(name, (n for k, n in keys.items() if k not in others))
    if hint:
        return hint
    shown = [f"'{n}'" for n in list(keys.values())[:6]]
    listed = ", ".join(shown) + ("…" if len(keys) > 6 else "")
    return " " + _("(its columns: {names})").format(names=listed) if shown else ""


def default_scale(name: str | None = DEFAULT_SCALE) -> Scale | None:
    """The scale named ``name`` (``None``: none)."""
    return None if name is None else scale(name)
