"""Fuzz the three text readers of ikicalc: any text gives a result or an ``IkiError``.

Run with atheris (coverage-guided; libFuzzer options and corpus directories after the
reader's name)::

    python fuzz/make_seeds.py /tmp/iki-seeds
    python fuzz/fuzz_parsers.py formula /tmp/iki-fuzz/formula /tmp/iki-seeds/formula \
        -dict=fuzz/ikicalc.dict -runs=1000000 -timeout=5

and the same with ``scale`` and ``target``. The first directory collects the inputs the
fuzzer finds interesting; the second holds the seeds (cells of the five seed documents,
written by ``make_seeds.py``). ``fuzz/ikicalc.dict`` lists fragments of the notations for
the fuzzer to splice in. ``all`` feeds every input to the three readers.

A crash is any exception that is not an :class:`ikicalc.IkiError`, a message that shows a
grammar's internal names, or (libFuzzer's ``-timeout``) an input that takes too long. The
reader ``formula-roundtrip`` also counts as a crash a formula whose canonical text
(``str(formula)``) does not read back to an equal formula.

Input bytes are decoded as UTF-8 with ``surrogateescape``, so invalid bytes become lone
surrogates: the readers must cope with those too.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["ikicalc", "lark"]):
    from ikicalc.errors import IkiError
    from ikicalc.lang import parser as formula_parser
    from ikicalc.rules.scales import Scale
    from ikicalc.rules.target import parse_target

_INTERNAL = ("$END", "__ANON", "Token(", "Tree(", "UnexpectedToken", "UnexpectedCharacters")


def _formula(text: str) -> object:
    return formula_parser.parse.__wrapped__(text)  # the real work, not the cache


def _formula_roundtrip(text: str) -> object:
    formula = formula_parser.parse.__wrapped__(text)
    canonical = str(formula)
    again = formula_parser.parse.__wrapped__(canonical)
    if again != formula:
        raise AssertionError(f"canonical text {canonical!r} of {text!r} reads back differently")
    return formula


READERS: dict[str, Callable[[str], object]] = {
    "formula": _formula,
    "formula-roundtrip": _formula_roundtrip,
    "scale": Scale.parse,
    "target": parse_target,
}


def _check(read: Callable[[str], object], text: str) -> None:
    try:
        read(text)
    except IkiError as error:
        message = str(error)
        for name in _INTERNAL:
            if name in message and name not in text:  # a message may quote the text
                raise AssertionError(f"internal name {name!r} in message: {message}") from error


def main(argv: list[str]) -> None:
    """``fuzz_parsers.py READER [libFuzzer options and corpus directories]``."""
    if len(argv) < 2 or argv[1] not in (*READERS, "all"):
        sys.exit(f"usage: {argv[0]} {{{','.join(READERS)},all}} [libFuzzer options] [dirs]")
    if argv[1] == "all":
        chosen = [READERS[name] for name in ("formula-roundtrip", "scale", "target")]
    else:
        chosen = [READERS[argv[1]]]

    def test_one_input(data: bytes) -> None:
        text = data.decode("utf-8", errors="surrogateescape")
        for read in chosen:
            _check(read, text)

    for folder in argv[2:]:  # corpus directories: libFuzzer wants them to exist
        if not folder.startswith("-"):
            Path(folder).mkdir(parents=True, exist_ok=True)
    atheris.Setup([argv[0], *argv[2:]], test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
