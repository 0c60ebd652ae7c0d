"""Official scoring: the SKM / IKM survey index and the PP 46/2011 SKP score.

- :func:`skm`: each respondent answers every *unsur* (survey item) with 1–4. The NRR of an
  unsur is the average of its answers; the index is the weighted mean of the NRR values × 25,
  so it runs from 25 to 100. Mutu (A–D) and kinerja come from the standard's scale
  (``skm-2017``, PermenPAN-RB 14/2017, or ``ikm-2004``, KepMenPAN KEP/25/M.PAN/2/2004).
- :func:`skp_pp46`: Perka BKN 1/2013 for PP 46/2011. Kuantitas and kualitas are
  realisasi / target × 100; waktu and biaya reward efficiency (see :func:`skp_pp46`).

Computation is exact; only the presented values are rounded half-up to 2 places.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from ikicalc.errors import IkiError
from ikicalc.i18n import _
from ikicalc.numbers import round_half_up
from ikicalc.rules.capaian import Number, number
from ikicalc.rules.scales import Scale, scale

__all__ = ["SkmResult", "SkpScore", "skm", "skp_pp46"]

_ANSWERS = frozenset(range(1, 5))


@dataclass(frozen=True)
class SkmResult:
    """The result of a satisfaction survey (SKM/IKM).

    ``nrr``: exact average answer per unsur; ``index``: the 25–100 value rounded to 2 places
    (``exact_index`` unrounded); ``mutu``: grade ``"A"``…``"D"``; ``kinerja``: its label.
    """

    nrr: tuple[Fraction, ...]
    weights: tuple[Fraction, ...]
    exact_index: Fraction
    index: Decimal
    mutu: str | None
    kinerja: str
    respondents: int
    standard: str


def _answer(value: object, row: int, unsur: int) -> int:
    try:
        answer = number(value, f"respondent row {row}, unsur {unsur}")
    except IkiError:
        answer = Fraction(0)
    if answer not in _ANSWERS:
        raise IkiError(
            _("respondent row {row}, unsur {unsur}: the answer {value} is not 1, 2, 3 or 4").format(
                row=row, unsur=unsur, value=repr(value)
            )
        )
    return int(answer)


def _weights(weights: Sequence[Number] | None, count: int) -> tuple[Fraction, ...]:
    if weights is None:
        return (Fraction(1, count),) * count
    exact = tuple(
        number(w, _("weight of unsur {i}").format(i=i)) for i, w in enumerate(weights, start=1)
    )
    if len(exact) != count:
        raise IkiError(
            _("{weights} weight(s) given for {count} unsur; give one weight per unsur").format(
                weights=len(exact), count=count
            )
        )
    for i, weight in enumerate(exact, start=1):
        if weight < 0:
            raise IkiError(
                _("the weight of unsur {i} is negative ({weight})").format(
                    i=i, weight=weights[i - 1]
                )
            )
    total = sum(exact, Fraction(0))
    if total != 1:
        raise IkiError(
            _(
                "the weights add up to {total}, not 1; give exact weights such as "
                "Fraction(1, {count}) (0,11 for 1/9 is rounded and does not add up to 1)"
            ).format(total=round_half_up(total, 4), count=count)
        )
    return exact


def skm(
    responses: Sequence[Sequence[object]],
    weights: Sequence[Number] | None = None,
    standard: str | Scale = "skm-2017",
) -> SkmResult:
    """Score a satisfaction survey: one row of answers (1–4) per respondent, one per unsur.

    ``weights`` default to 1 / number of unsur and must add up to exactly 1. ``standard`` is
    the name of the scale giving mutu and kinerja (``"skm-2017"`` or ``"ikm-2004"``) or a
    :class:`~ikicalc.rules.scales.Scale`. Rows are numbered from 1 in error messages.
    """
    rows = list(responses)
    if not rows:
        raise IkiError(_("there are no responses: give one row of answers per respondent"))
    count = len(rows[0])
    if count == 0:
        raise IkiError(_("respondent row 1 has no answers: give one answer (1–4) per unsur"))
    exact_weights = _weights(weights, count)
    totals = [0] * count
    for r, row in enumerate(rows, start=1):
        answers = list(row)
        if len(answers) != count:
            raise IkiError(
                (
                    _(
                        "respondent row {row} has {answers} answer(s) but there are {count} "
                        "unsur (unsur {unsur} is missing)"
                    )
                    if len(answers) < count
                    else _(
                        "respondent row {row} has {answers} answer(s) but there are {count} "
                        "unsur (unsur {unsur} is one too many)"
                    )
                ).format(
                    row=r, answers=len(answers), count=count, unsur=min(len(answers), count) + 1
                )
            )
        for u, value in enumerate(answers, start=1):
            totals[u - 1] += _answer(value, r, u)
    nrr = tuple(Fraction(total, len(rows)) for total in totals)
    exact_index = sum((n * w for n, w in zip(nrr, exact_weights, strict=True)), Fraction(0)) * 25
    table = standard if isinstance(standard, Scale) else scale(standard)
    category = table.classify(exact_index)
    return SkmResult(
        nrr=nrr,
        weights=exact_weights,
        exact_index=exact_index,
        index=round_half_up(exact_index),
        mutu=category.grade,
        kinerja=category.label,
        respondents=len(rows),
        standard=table.name or "",
    )


@dataclass(frozen=True)
class SkpScore:
    """The PP 46/2011 score of one SKP activity: each aspect and their mean, rounded to 2 places.

    ``biaya`` is ``None`` when the activity has no cost target. ``kategori`` is the label from
    the ``skp-2013`` scale (Sangat Baik … Buruk); ``exact`` holds the unrounded ``nilai``.
    """

    kuantitas: Decimal
    kualitas: Decimal
    waktu: Decimal
    biaya: Decimal | None
    nilai: Decimal
    kategori: str
    exact: Fraction


_REQUIRED = ("kuantitas", "kualitas", "waktu")
_ASPECTS = (*_REQUIRED, "biaya")


def _efficient(target: Fraction, realisasi: Fraction) -> Fraction:
    """Waktu or biaya: less than the target is better, with the PP 46 efficiency rule."""
    efficiency = 100 - realisasi / target * 100
    score = (Fraction(176, 100) * target - realisasi) / target * 100
    return score if efficiency <= 24 else 76 - (score - 100)


def _aspects(target: Mapping[str, Number], realisasi: Mapping[str, Number]) -> list[str]:
    for name, given in (("target", target), ("realisasi", realisasi)):
        unknown = sorted(set(given) - set(_ASPECTS))
        if unknown:
            raise IkiError(
                _(
                    "{name} has unknown aspect(s) {unknown}: use kuantitas, kualitas, waktu "
                    "and (optional) biaya"
                ).format(name=name, unknown=", ".join(unknown))
            )
        missing = [a for a in _REQUIRED if a not in given]
        if missing:
            raise IkiError(
                _("{name} has no {missing}: give kuantitas, kualitas, waktu").format(
                    name=name, missing=", ".join(missing)
                )
            )
    if ("biaya" in target) != ("biaya" in realisasi):
        raise IkiError(_("biaya is given in only one of target and realisasi: give it in both"))
    return [a for a in _ASPECTS if a in target]


def skp_pp46(target: Mapping[str, Number], realisasi: Mapping[str, Number]) -> SkpScore:
    """Score one SKP activity under PP 46/2011 (Perka BKN 1/2013).

    ``target`` and ``realisasi`` map ``kuantitas``, ``kualitas``, ``waktu`` and optionally
    ``biaya`` to numbers. Kuantitas and kualitas: realisasi / target × 100. Waktu and biaya:
    with efficiency = 100 − realisasi / target × 100, the score is
    (1,76 × target − realisasi) / target × 100 when efficiency ≤ 24, else
    76 − ((1,76 × target − realisasi) / target × 100 − 100). ``nilai`` is the mean of the
    aspects used. Example: waktu target 12 bulan, realisasi 10 bulan gives 92,67.
    """
    values: dict[str, Fraction] = {}
    for aspect in _aspects(target, realisasi):
        goal = number(target[aspect], f"target {aspect}")
        real = number(realisasi[aspect], f"realisasi {aspect}")
        if goal <= 0:
            hint = (
                " " + _("(leave biaya out if the activity has no cost)")
                if aspect == "biaya"
                else ""
            )
            raise IkiError(
                _("target {aspect} is {target}: it must be above 0{hint}").format(
                    aspect=aspect, target=target[aspect], hint=hint
                )
            )
        values[aspect] = (
            real / goal * 100 if aspect in ("kuantitas", "kualitas") else (_efficient(goal, real))
        )
    nilai = sum(values.values(), Fraction(0)) / len(values)
    biaya = values.get("biaya")
    return SkpScore(
        kuantitas=round_half_up(values["kuantitas"]),
        kualitas=round_half_up(values["kualitas"]),
        waktu=round_half_up(values["waktu"]),
        biaya=None if biaya is None else round_half_up(biaya),
        nilai=round_half_up(nilai),
        kategori=scale("skp-2013").classify(nilai).label,
        exact=nilai,
    )
