"""The parts the pool benchmarks share, so that each keeps only what is its own (its pools, its
generator, its salt, its labels).

A pool benchmark (``benchmarks/variants_*.py``, ``legends_*.py`` …) composes cells from pools of
phrases split in two halves by a salted hash (``tests.public_scoring.pool_half``): the *work*
half, which rules are drawn from, and the *fresh* half, the honest figure. Two kinds share the
scoring and the command line of ``tests.public_scoring``: the benchmarks of composed cells
(:class:`~tests.public_scoring.ComposedBenchmark`: a generator draws ``count`` cells from a
half's pools) and the benchmarks of families of templates
(:class:`~tests.public_scoring.TemplateBenchmark`). Here is what their modules wrote again
each: the half's pools kept (:class:`Pools`, :func:`keeper`), the draw of ``count`` cells
(:func:`pooled`, :func:`in_turn`, a template's names: :class:`NamedDraw`), a cell's part for
the tally (:class:`Parts`, :class:`QuotedParts`), a sentence broken into lines
(:func:`wrapped`), amounts and numbers as Indonesians write them (:func:`grouped`,
:func:`said`), the development cells written again (:func:`rewritten`), the readings wrong
shown (:func:`print_failures`) and the command line (:func:`command`). Nothing here changes
what a benchmark draws: the hashing and the seeds are the benchmarks' own.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar, Protocol, TypeVar, cast

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ikicalc.rules.terbilang import number_to_words  # noqa: E402
from tests.public_scoring import (  # noqa: E402
    HalfDraw,
    Reading,
    Tally,
    label_names,
    read_right_dev_cells,
    tally_readings,
    variant_failure_lines,
)

__all__ = [
    "Drawing", "Failure", "Made", "Main", "NamedDraw", "Parts", "Pools", "QuotedParts", "Rewritten",
    "Way", "command", "grouped", "in_turn", "keeper", "pooled", "print_failures", "rewritten",
    "rewritten_failure", "said", "tally_rewritten", "wrapped",
]  # fmt: skip

T = TypeVar("T")
V = TypeVar("V")
V_co = TypeVar("V_co", covariant=True)
PoolsT = TypeVar("PoolsT")

Made = tuple[str, list[str], str]
"""A cell a template made: its text, its variables, its structure over v1, v2 …"""


def keeper(
    half_of: Callable[[str], str], half: str, empty_in_both: bool = True
) -> Callable[[Sequence[T]], tuple[T, ...]]:
    """The function that keeps the items of a pool in ``half``: an item (a phrase, or a tuple
    whose first element is the phrase) by the half of its phrase (``half_of``); an empty
    phrase ("no mark", "no tail") is in both halves unless ``empty_in_both`` is false."""

    def mine(items: Sequence[T]) -> tuple[T, ...]:
        kept = []
        for item in items:
            phrase = item if isinstance(item, str) else cast(Sequence[str], item)[0]
            if (empty_in_both and not phrase) or half_of(phrase) == half:
                kept.append(item)
        return tuple(kept)

    return mine


class Pools:
    """The pools of one half, by name (``pools.names``: the half's items of the pool given as
    ``names``); what a benchmark's generator draws from."""

    def __init__(self, **pools: Any) -> None:
        self._pools = pools

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__["_pools"][name]
        except KeyError:
            raise AttributeError(name) from None

    @classmethod
    def kept(
        cls, half_of: Callable[[str], str], half: str, empty_in_both: bool = True,
        **pools: Sequence[Any],
    ) -> Pools:
        """The items of each pool in ``half`` (:func:`keeper`)."""
        mine = keeper(half_of, half, empty_in_both)
        return cls(**{name: mine(items) for name, items in pools.items()})

    def as_dict(self) -> dict[str, Any]:
        """The pools by name."""
        return dict(self._pools)

    def also(self, **more: Any) -> Pools:
        """These pools and ``more`` (pools both halves share, or kept otherwise)."""
        return Pools(**self._pools, **more)


class NamedDraw(HalfDraw):
    """A template benchmark's draw that also draws names of quantities, from the benchmark's
    pool of names (``pool``, a function: the names are read from the labels once, on demand)."""

    pool: ClassVar[Callable[[], list[str]]]

    def names(self, count: int) -> list[str]:
        """``count`` names of the draw's half."""
        return self.sample(type(self).pool(), count)


class Drawing(Protocol[V_co]):
    """A benchmark's draw: ``count`` cells of ``half`` drawn with ``seed``."""

    def __call__(self, half: str, count: int = ..., seed: int = ...) -> Iterator[V_co]: ...


def _seeded(seed: int, half: str) -> random.Random:
    return random.Random(f"{seed}:{half}")  # noqa: S311 - a reproducible benchmark, not secrets


def pooled(
    pools: Callable[[str], PoolsT],
    compose: Callable[[random.Random, PoolsT], V],
    count: int,
    seed: int,
    seeded: Callable[[int, str], random.Random] = _seeded,
) -> Drawing[V]:
    """The draw that composes each cell from the half's pools (``compose(rng, pools(half))``),
    the generator seeded by ``seeded(seed, half)`` (``"{seed}:{half}"`` unless told)."""

    def variants(half: str, count: int = count, seed: int = seed) -> Iterator[V]:
        pool = pools(half)
        rng = seeded(seed, half)
        for _ in range(count):
            yield compose(rng, pool)

    return variants


def in_turn(makers: Sequence[Callable[[random.Random, str], V]], count: int, seed: int) -> Drawing[V]:
    """The draw that makes each cell with the next of ``makers`` (``maker(rng, half)``), the
    families in turn."""

    def variants(half: str, count: int = count, seed: int = seed) -> Iterator[V]:
        rng = _seeded(seed, half)
        for number in range(count):
            yield makers[number % len(makers)](rng, half)

    return variants


class Parts:
    """A composed cell's parts for the tally: ``part("frame")`` is its attribute ``frame``."""

    def part(self, by: str) -> str:
        """The phrase of the part ``by`` names, for the tally."""
        return str(getattr(self, by)).strip() or "(none)"


class QuotedParts(Parts):
    """A composed cell whose parts the tally shows quoted (a legend's heading ``'Ket.:'``)."""

    def part(self, by: str) -> str:
        """The phrase of the part ``by`` names, quoted, for the tally."""
        return repr(super().part(by))


_ABBREVIATION = re.compile(r"\b[A-Z]{2,}")


def lower_case_names(most_words: int, not_in_name: re.Pattern[str]) -> list[str]:
    """Names of quantities from the labels of the development cells (up to ``most_words``
    words, none matching ``not_in_name``, no heading word of a percentage), in lower case as a
    regulation writes them in a sentence, none with an abbreviation in capitals."""
    found = label_names(most_words, not_in_name, opening_not=("persentase", "presentase", "prosentase"))
    return sorted({name.lower() for name in found if not _ABBREVIATION.search(name)})


def wrapped(text: str, width: int) -> str:
    """``text`` broken into lines of at most ``width`` characters at its spaces (a word longer
    than the width stands on its own line), as a narrow table column breaks a sentence."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*lines, line])


def grouped(value: int) -> str:
    """``85000`` as Indonesians write it: ``85.000``."""
    return f"{value:,}".replace(",", ".")


def said(value: int | str) -> str:
    """A number in words, as terbilang says it (``7,5`` is ``tujuh koma lima``; the dots of
    ``1.250`` group thousands)."""
    return str(number_to_words(Decimal(str(value).replace(".", "").replace(",", "."))))


@dataclass(frozen=True)
class Rewritten:
    """A development cell read right, written again one way (``kind``): the base cell's id and
    the cell written, with its labelled reading (the benchmarks that write the dev cells again:
    variants_perturbed, variants_shapes)."""

    kind: str
    base: str
    cell: dict[str, Any]


Way = Callable[[dict[str, Any]], "str | None"]
"""A way of writing a cell again: its new text, or ``None`` where the way does not apply."""


def rewritten(
    ways: Mapping[str, Way],
    only: str | None = None,
    limit: int | None = None,
    labels: Callable[[str, dict[str, Any]], list[str]] | None = None,
) -> Iterator[Rewritten]:
    """Every way (those whose name holds ``only``) applied to every development cell read
    right it changes, at most ``limit`` cells a way; ``labels(way, cell)``: the names the cell
    written says, where the way changes them (the cell's own names unless told)."""
    cells = read_right_dev_cells()
    for name, way in ways.items():
        if only is not None and only not in name:
            continue
        made = 0
        for cell in cells:
            text = way(cell)
            if text is None or text == cell["text"]:
                continue
            made += 1
            variables = labels(name, cell) if labels else cell["variables"]
            written = dict(cell, id=f"{cell['id']}~{name}", text=text, variables=variables)
            yield Rewritten(name, cell["id"], written)
            if limit is not None and made >= limit:
                break


def tally_rewritten(variants: Iterable[Rewritten]) -> dict[str, Tally[Rewritten]]:
    """The tally of each way."""
    return tally_readings((v.kind, v, v.cell) for v in variants)


def rewritten_failure(variant: Rewritten, reading: Reading) -> Iterator[str]:
    """The lines that show a cell written again read wrong."""
    return variant_failure_lines(variant.base, variant.cell, reading)


Failure = tuple[str, str, Sequence[str], str, Reading]
"""A reading to show if wrong: its head line, the text, the labelled names and structure, the
reading."""


def print_failures(failures: Iterable[Failure], limit: int) -> None:
    """The first ``limit`` of ``failures`` read wrong, each as its head, its text (its line
    breaks shown), its label and what was read (the benchmarks of layouts and renderings)."""
    shown = 0
    for head, text, variables, structure, reading in failures:
        if shown >= limit or reading.right:
            continue
        shown += 1
        print(f"- {head}")
        print("  text:  " + text.replace("\n", "\\n"))
        print(f"  label: {list(variables)} -> {structure}")
        print(f"  read:  {list(reading.variables)} {reading.detail}")


class Benchmark(Protocol):
    """What :func:`command` runs: a benchmark's command line."""

    def main(self, argv: list[str] | None = None, description: str = "") -> int: ...


class Main(Protocol):
    """A benchmark module's ``main``."""

    def __call__(self, argv: list[str] | None = None) -> int: ...


def command(benchmark: Benchmark, doc: str | None) -> Main:
    """The module's ``main(argv=None)``: ``benchmark``'s command line, described by the first
    paragraph of the module's docstring ``doc``."""

    def main(argv: list[str] | None = None) -> int:
        return benchmark.main(argv, (doc or "").split("\n\n")[0])

    return main


