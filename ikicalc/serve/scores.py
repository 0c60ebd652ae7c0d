"""The official scoring functions offered at ``POST /api/score/{name}``.

One entry per function: a request model (from :mod:`.models`) and a small function that
calls the library and returns plain data. Adding a scoring rule is one decorated function
here; the router (``routes.py``) makes an endpoint, with its documented body, for each
entry of :data:`SCORES`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from ikicalc.numbers import DEFAULT_PLACES, round_half_up
from ikicalc.scoring import skm, skp_pp46
from ikicalc.serve.models import SkmRequest, SkpRequest

__all__ = ["SCORES", "Score", "score"]

Json = dict[str, Any]
R = TypeVar("R", bound=BaseModel)


@dataclass(frozen=True)
class Score(Generic[R]):
    """A scoring rule: its name (the URL), a one-line summary, its request body, the work."""

    name: str
    summary: str
    request: type[R]
    compute: Callable[[R], Json]


SCORES: dict[str, Score[Any]] = {}
"""Every scoring rule by name, in the order they are registered."""


def score(name: str, request: type[R], summary: str) -> Callable[[Callable[[R], Json]], Score[R]]:
    """Register the decorated function as the scoring rule ``name``."""

    def register(compute: Callable[[R], Json]) -> Score[R]:
        rule = Score(name, summary, request, compute)
        SCORES[name] = rule
        return rule

    return register


def _text(value: Fraction) -> str:
    return str(round_half_up(value, DEFAULT_PLACES))


@score("skm", SkmRequest, "Indeks Kepuasan Masyarakat (SKM/IKM): nilai, mutu dan kinerja.")
def _skm(request: SkmRequest) -> Json:
    result = skm(request.responses, request.weights, request.standard)
    return {
        "index": str(result.index),
        "exact_index": str(result.exact_index),
        "mutu": result.mutu,
        "kinerja": result.kinerja,
        "nrr": [str(value) for value in result.nrr],
        "nrr_rounded": [_text(value) for value in result.nrr],
        "respondents": result.respondents,
        "standard": result.standard,
    }


@score("skp-pp46", SkpRequest, "Nilai SKP menurut PP 46/2011 (Perka BKN 1/2013).")
def _skp_pp46(request: SkpRequest) -> Json:
    result = skp_pp46(request.target, request.realisasi)
    return {
        "kuantitas": str(result.kuantitas),
        "kualitas": str(result.kualitas),
        "waktu": str(result.waktu),
        "biaya": None if result.biaya is None else str(result.biaya),
        "nilai": str(result.nilai),
        "kategori": result.kategori,
        "exact": str(result.exact),
    }
