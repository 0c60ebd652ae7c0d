"""Variant benchmark of stacked fractions whose names say their time, as the SPM writes them,
flattened by PDF and Word (issue 14, cause 4; session 17).

    python benchmarks/stacks_timed.py [--half work|fresh|all] [--show-failures] [--family F]

The health, housing and education SPM and the indicators modelled on them write each
quantity of a ratio with the time (and place) it counts: ``Jumlah A … pada kurun waktu
tertentu`` over ``Jumlah B … pada kurun waktu yang sama``. Real cells: banggai-puskesmas-
simpong-spm-kesehatan-scribd#02 and #04 (the label centred on the middle line, its column's
spaces lost: its lines between the numerator's and the denominator's), acehsingkil-dinkes-
renstra-2018-2022-kesmas-scribd#02 (no bar, the denominator with no counting word). This
composes them with other operands (drawn from the labels of the development cells), times,
labels, scales, cases and column widths:

* the label centred on the middle line: its lines after the numerator's, then the scale
  alone, ``= x 100%`` or a piece of the label ``=`` the scale, then its lines before the
  denominator's; in title case or sentence case, with the blank lines a PDF leaves;
* the bar lost: the numerator's lines then the denominator's, the scale at the end of the
  last line, alone under it or none (a blank line between the two or none), a label ``X =``
  before or on a line of its own or its words before the numerator's counting word, the
  denominator opened by a counting word in lower case or by none;
* the same with every line break lost (one line).

Every pool item and every template falls into a half by its text, salt ``timed17``
(``benchmarks/pool_kit.py``: rules from the work half only, the fresh half the honest figure).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pool_kit import Made, command  # noqa: E402
from benchmarks.variants_stacked import wrap_column  # noqa: E402
from tests.public_scoring import HalfDraw, TemplateBenchmark, halves, label_names  # noqa: E402

SALT = "timed17"
PER_TEMPLATE = 12
half_of = halves(SALT)
"""``"work"`` or ``"fresh"``: the half a pool item or a template belongs to."""

_NOT_IN_NAME = re.compile(
    r"(?i)\b(?:x|dan|atau|dikali\w*|dibagi|ditambah|dikurangi|kali|per|rata|tertentu|sama"
    r"|kurun|periode|tahun|bulan|waktu|persentase|cakupan)\b"
)


@cache
def names() -> list[str]:
    """Names of quantities opened by ``Jumlah`` from the labels of the development cells:
    words only, three to nine of them, no operator word and no time of their own."""
    return [n for n in label_names(9, _NOT_IN_NAME) if n.split()[0] == "Jumlah" and len(n.split()) >= 3]


# (the numerator's time, the denominator's): how the SPM closes its quantities
TIMES = [
    ("pada kurun waktu tertentu", "pada kurun waktu yang sama"),
    ("dalam kurun waktu tertentu", "dalam kurun waktu yang sama"),
    ("di satu wilayah kerja pada kurun waktu tertentu", "di satu wilayah kerja pada kurun waktu yang sama"),
    ("di suatu wilayah pada kurun waktu tertentu", "di wilayah dan kurun waktu yang sama"),
    ("pada periode tertentu", "pada periode yang sama"),
    ("dalam satu tahun tertentu", "dalam tahun yang sama"),
    ("di wilayah kabupaten pada waktu tertentu", "di wilayah kabupaten pada waktu yang sama"),
    ("pada tahun tertentu", "pada tahun yang sama"),
    ("di wilayah kerja puskesmas dalam kurun waktu tertentu", "di wilayah kerja puskesmas dalam kurun waktu yang sama"),
    ("pada semester tertentu", "pada semester yang sama"),
]  # fmt: skip
# the indicator's name: a head word, then what it covers
HEADS = ["Persentase", "Cakupan", "Persentase (%) Cakupan", "Angka", "Rasio", "Proporsi",
         "Tingkat", "Capaian", "Prevalensi", "Cakupan Pelayanan", "% Cakupan", "Indeks"]  # fmt: skip
SUBJECTS = ["Kunjungan Ibu Hamil K4", "Komplikasi Kebidanan Yang Ditangani", "Desa UCI",
            "Balita Gizi Buruk Mendapat Perawatan", "Rumah Layak Huni", "Penjaringan Kesehatan Siswa SD",
            "Pelayanan Nifas", "Neonatus Dengan Komplikasi", "Peserta KB Aktif", "Air Minum Layak",
            "Sekolah Terakreditasi", "Pertolongan Persalinan Nakes", "Imunisasi Dasar Lengkap",
            "Keluarga Sehat", "Penderita Hipertensi Terlayani", "Lansia Mendapat Skrining"]  # fmt: skip
SCALES = [("x 100%", "100"), ("x100%", "100"), ("X 100 %", "100"), ("× 100%", "100"),
          ("X 100", "100"), ("x 1.000", "1000"), ("X 100.000", "100000"), ("x 100", "100")]  # fmt: skip
WIDTHS = [22, 26, 30, 34, 38, 44, 50]
CASES = ["title", "sentence"]


class Draw(HalfDraw):
    salt = SALT

    def operands(self) -> tuple[str, str, str, str]:
        """The numerator and the denominator, each with its time: as written, as a name."""
        first, second = self.sample(names(), 2)
        now, same = self.pick(TIMES)
        return f"{first} {now}", f"{second} {same}", now, same


Template = Callable[[Draw], Made]


def _title(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:] if w[:1].isalpha() else w for w in text.split(" "))


def _cased(text: str, case: str) -> str:
    return _title(text) if case == "title" else text


def _lines(text: str, width: int) -> list[str]:
    return wrap_column(text, width).split("\n")


def _label(d: Draw, case: str) -> str:
    label = f"{d.pick(HEADS)} {d.pick(SUBJECTS)}"
    return label if case == "title" else label[:1] + label[1:].lower().replace("(%)", "(%)")


def _split_label(label: str, parts: int) -> list[str]:
    words = label.split()
    bounds = [round(i * len(words) / parts) for i in range(parts + 1)]
    return [" ".join(words[bounds[i] : bounds[i + 1]]) for i in range(parts)]


# --- a label centred on the middle line ---------------------------------------------------------


def _centred(middle: str, gaps: bool = False, lines: int = 1) -> Template:
    """``middle``: ``S`` the scale alone, ``= S`` a lost label's sign, ``L = S`` a piece of the
    label on the middle line, ``B`` a bar; ``lines``: the label's lines on each side."""

    def make(d: Draw) -> Made:
        case = d.pick(CASES)
        numerator, denominator, _, _ = d.operands()
        numerator, denominator = _cased(numerator, case), _cased(denominator, case)
        scale, value = d.pick(SCALES)
        width = d.pick(WIDTHS)
        label = _label(d, case)
        on_middle = middle.startswith("L")
        parts = _split_label(label, 2 * lines + on_middle)
        above, below = "\n".join(parts[:lines]), "\n".join(parts[-lines:])
        bar = d.pick(["-" * 30, "_" * 24, "─" * 20])
        line = middle.replace("S", scale).replace("B", bar).replace("L", parts[lines] if on_middle else "")
        top = _lines(numerator, width)
        if gaps and len(top) > 1:
            top[0] += "\n\n"
        text = "\n".join([*top, above, line.strip(), below, *_lines(denominator, width)])
        text = re.sub(r"\n{4,}", "\n\n\n", text)
        return text, [numerator, denominator], f"v1 / v2 * {value}"

    return make


def _centred_family() -> Iterator[tuple[str, Template]]:
    yield "centred, scale alone", _centred("S")
    yield "centred, scale alone, blank lines", _centred("S", gaps=True)
    yield "centred, = scale", _centred("= S")
    yield "centred, piece = scale", _centred("L = S")
    yield "centred, piece = scale, blank lines", _centred("L = S", gaps=True)
    yield "centred, = scale, blank lines", _centred("= S", gaps=True)
    yield "centred, scale alone, two lines", _centred("S", lines=2)
    yield "centred, = scale, two lines", _centred("= S", lines=2)
    yield "centred, bar scale", _centred("B S")
    yield "centred, = bar scale", _centred("= B S")
    yield "centred, piece = bar scale", _centred("L = B S")


# --- the bar lost -----------------------------------------------------------------------------


def _lost(labelled: str, counting: str, scale_at: str, joined: bool = False) -> Template:
    """``labelled``: ``""`` none, ``"inline"`` (``AKI = Jumlah …``), ``"own line"``;
    ``counting``: the denominator's counting word ``"kept"``, ``"lower"`` or ``"none"``;
    ``"before"`` (its words before the numerator's counting word, no sign); ``scale_at``:
    ``"end"`` of the last line, ``"under"`` it, ``"none"`` (no scale), ``"blank line"`` (no
    scale, a blank line between the two)."""

    def make(d: Draw) -> Made:
        numerator, denominator, _, _ = d.operands()
        if counting == "lower":
            denominator = "jumlah " + denominator.split(" ", 1)[1]
        elif counting == "none":
            denominator = denominator.split(" ", 1)[1]
        numerator = numerator[:1].upper() + numerator[1:]
        scale, value = d.pick(SCALES)
        width = d.pick(WIDTHS)
        gap = "\n\n" if scale_at == "blank line" else "\n"
        body = "\n".join(_lines(numerator, width)) + gap + "\n".join(_lines(denominator, width))
        if scale_at == "end":
            body += f" {scale}"
        elif scale_at == "under":
            body += f"\n{scale}"
        symbol = d.pick(["AKI", "AKB", "CDR", "Cakupan", "Persentase", "Rasio", "Angka"])
        if labelled == "inline":
            body = f"{symbol} = {body}"
        elif labelled == "own line":
            body = f"{symbol} =\n{body}"
        elif labelled == "before":  # "Kepadatan Penduduk Jumlah penduduk …": no sign
            body = f"{d.pick(HEADS)} {d.pick(SUBJECTS)} {body}"
        structure = f"v1 / v2 * {value}" if scale_at in ("end", "under") else "v1 / v2"
        if joined:  # the export lost every line break
            body = " ".join(body.split())
        return body, [numerator, denominator], structure

    return make


def _lost_family() -> Iterator[tuple[str, Template]]:
    for labelled in ("", "inline", "own line", "before"):
        for counting in ("kept", "lower", "none"):
            for scale_at in ("end", "under", "none", "blank line"):
                name = f"lost, label {labelled or 'none'}, counting {counting}, scale {scale_at}"
                yield name, _lost(labelled, counting, scale_at)


def _joined_family() -> Iterator[tuple[str, Template]]:
    for labelled in ("", "inline"):
        for counting in ("kept", "lower", "none"):
            for scale_at in ("end", "none"):
                name = f"joined, label {labelled or 'none'}, counting {counting}, scale {scale_at}"
                yield name, _lost(labelled, counting, scale_at, joined=True)


FAMILIES: dict[str, Callable[[], Iterator[tuple[str, Template]]]] = {
    "label centred (4)": _centred_family,
    "bar lost (4)": _lost_family,
    "lines joined (4)": _joined_family,
}


BENCHMARK = TemplateBenchmark("timed stacks", FAMILIES, Draw, half_of, SALT, PER_TEMPLATE)
variants = BENCHMARK.variants
main = command(BENCHMARK, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
