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
from ikicalc.rules import (
    nilai_akhir_skp,
    nilai_capaian_iki,
    nilai_kinerja_pp30,
    nilai_kinerja_tambahan,
    predikat_kinerja,
    predikat_pp30,
)
from ikicalc.rules.scoring import skm, skp_pp46
from ikicalc.serve.models import (
    KinerjaTambahanRequest,
    NilaiAkhirSkpRequest,
    NilaiCapaianRequest,
    NilaiKinerjaPp30Request,
    PredikatKinerjaRequest,
    SkmRequest,
    SkpRequest,
)

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


@score("nilai-capaian-iki", NilaiCapaianRequest,
       "Kategori dan nilai capaian IKI (0–120) dari capaian, PermenPAN-RB 8/2021.")
def _nilai_capaian_iki(request: NilaiCapaianRequest) -> Json:
    result = nilai_capaian_iki(request.capaian, target_maksimal=request.target_maksimal)
    return {"kategori": result.kategori, "nilai": str(result.nilai), "exact": str(result.exact),
            "persen": result.persen}


@score("nilai-kinerja-tambahan", KinerjaTambahanRequest,
       "Nilai tertimbang satu kinerja tambahan, PermenPAN-RB 8/2021.")
def _nilai_kinerja_tambahan(request: KinerjaTambahanRequest) -> Json:
    value = nilai_kinerja_tambahan(request.kategori, request.bobot, request.nilai)
    return {"nilai": str(value)}


@score("nilai-akhir-skp", NilaiAkhirSkpRequest,
       "Nilai akhir SKP: kinerja utama + kinerja tambahan (paling banyak 10), PermenPAN-RB 8/2021.")
def _nilai_akhir_skp(request: NilaiAkhirSkpRequest) -> Json:
    return {"nilai": str(nilai_akhir_skp(request.utama, request.tambahan))}


@score("nilai-kinerja-pp30", NilaiKinerjaPp30Request,
       "Nilai kinerja PNS dan predikatnya, PP 30/2019 Pasal 41.")
def _nilai_kinerja_pp30(request: NilaiKinerjaPp30Request) -> Json:
    value = nilai_kinerja_pp30(request.nilai_skp, request.nilai_perilaku,
                               bobot_skp=request.bobot_skp)
    return {"nilai": str(value), "predikat": predikat_pp30(value, ide_baru=request.ide_baru)}


@score("predikat-kinerja", PredikatKinerjaRequest,
       "Predikat kinerja pegawai dari rating hasil kerja dan perilaku, PermenPAN-RB 6/2022.")
def _predikat_kinerja(request: PredikatKinerjaRequest) -> Json:
    return {"predikat": predikat_kinerja(request.hasil_kerja, request.perilaku_kerja)}
