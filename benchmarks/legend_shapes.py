"""Legends in shapes the development cells do not show, as other offices write them: the
forms :func:`unseen_variants` makes from a labelled formula for the variant benchmark
(``benchmarks/variants_legends.py``, kinds ``legend: unseen …``).

A careful reader of a legend never seen pairs each symbol the formula writes with a name,
whatever opens the entry (a roman number, ``(1)``, a bullet of another glyph), whatever
separates the two (``=``, ``:``, ``:=``, a table's ``|`` or tab), in whichever order (``Jumlah
… = A``), on as many lines as the column needs, before or after the formula; and multiplies
symbols written side by side when each has an entry (``H = DQN``). Each form yields ``(kind,
text)``; :mod:`benchmarks.variants_legends` adds each form with its line breaks lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from benchmarks.variant_forms import Base, render, symbol_sets

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii")


def _wrapped(name: str, parts: int) -> str:
    """``name`` broken over ``parts`` lines as a narrow column breaks it."""
    words = name.split()
    if len(words) <= parts:
        return name
    size = -(-len(words) // parts)
    return "\n".join(" ".join(words[i : i + size]) for i in range(0, len(words), size))


def _product(structure: str) -> int:
    """How many variables ``structure`` multiplies when it is only their product, else 0."""
    found = re.fullmatch(r"v1(?:[ ]*\*[ ]*v\d)+", structure.replace(" ", ""))
    if found is None:
        return 0
    order = re.findall(r"v(\d)", structure)
    return len(order) if order == [str(i) for i in range(1, len(order) + 1)] else 0


def unseen_variants(base: Base) -> Iterator[tuple[str, str]]:
    """(kind, text) of ``base`` in symbol form with a legend in a shape not yet seen."""
    sets = symbol_sets(base)
    names = base.variables
    letters = sets["letters"]
    pairs = list(zip(letters, names, strict=True))
    formula = render(base, letters)
    yield "name = A", "\n".join([formula, "Keterangan:", *[f"{n} = {s}" for s, n in pairs]])
    yield (
        "A : / name on the next line",
        "\n".join([formula, "Dengan :", *[f"{s} :\n{n}" for s, n in pairs]]),
    )
    yield (
        "entry over three lines",
        "\n".join([formula, "Keterangan:", *[f"{s} = {_wrapped(n, 3)}" for s, n in pairs]]),
    )
    yield (
        "(1) A = …",
        "\n".join(
            [formula, "Keterangan:", *[f"({i + 1}) {s} = {n}" for i, (s, n) in enumerate(pairs)]]
        ),
    )
    yield (
        "i. A = … (roman)",
        "\n".join(
            [formula, "Keterangan:", *[f"{_ROMAN[i]}. {s} = {n}" for i, (s, n) in enumerate(pairs)]]
        ),
    )
    yield (
        "- A : …; under Dimana :",
        "\n".join([formula, "Dimana :", *[f"- {s} : {n};" for s, n in pairs]]),
    )
    yield "A | … (a table's cells)", "\n".join([formula, *[f"{s} | {n}" for s, n in pairs]])
    for heading in ("Keterangan rumus :", "Uraian:", "Simbol yang digunakan :"):
        yield f"heading {heading}", "\n".join([formula, heading, *[f"{s} = {n}" for s, n in pairs]])
    yield "A := …", "\n".join([formula, "dimana", *[f"{s} := {n}" for s, n in pairs]])
    yield "A<tab>:<tab>…", "\n".join([formula, "Keterangan", *[f"{s}\t:\t{n}" for s, n in pairs]])
    yield (
        "entries in another order",
        "\n".join([formula, "Keterangan:", *[f"{s} = {n}" for s, n in reversed(pairs)]]),
    )
    yield (
        "di mana: A adalah …; dan B adalah ….",
        "\n".join(
            [
                formula,
                "di mana:",
                *[
                    f"{s} adalah {n};" if i < len(pairs) - 1 else f"dan {s} adalah {n}."
                    for i, (s, n) in enumerate(pairs)
                ],
            ]
        ),
    )
    yield (
        "before: lines, then label = formula",
        "\n".join([*[f"{s} = {n}" for s, n in pairs], f"IKU = {formula}"]),
    )
    numbered = tuple(f"A{i}" for i in range(1, len(names) + 1))
    yield (
        "A1 : …",
        "\n".join(
            [
                render(base, numbered),
                "Keterangan :",
                *[f"{s} : {n}" for s, n in zip(numbered, names, strict=True)],
            ]
        ),
    )
    acronyms = sets["acronym"]
    aliased = [f"{n} ({a})" for a, n in zip(acronyms, names, strict=True)]
    yield (
        "aliases, then label = formula",
        "\n".join([*aliased, f"Persentase = {render(base, acronyms)}"]),
    )
    count = _product(base.structure)
    if count and all(len(a) == 1 for a in letters):
        # "H=DQN" (BAPETEN): symbols of one letter side by side, each defined, multiply
        yield (
            "implicit product H=ABC",
            "\n".join(["H=" + "".join(letters), "dengan:", *[f"{s} = {n}" for s, n in pairs]]),
        )
        listed = [f"{n} ({s})" for s, n in pairs]
        said = ", ".join(listed[:-1]) + f", dan {listed[-1]}" if count > 2 else " dan ".join(listed)
        # "Dosis Ekivalen (H) : hasil kali antara dosis serap (D), faktor kualitas (Q), …"
        yield "product said with aliases", f"Nilai indikator (H) : hasil kali antara {said}."
