"""Shared fixtures: the seed corpus of ../shared/corpus (or a copy beside the tests)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from ikicalc.lang.formula import Formula

# The command line speaks Indonesian by default; the tests that read its English output run it
# in English (IKICALC_LANG, as a user would), and tests/test_i18n.py asks for Indonesian.
os.environ["IKICALC_LANG"] = "en"

ROOT = Path(__file__).resolve().parent.parent
CORPUS_CANDIDATES = (
    ROOT.parent / "shared" / "corpus" / "seed-indicators.jsonl",
    ROOT / "tests" / "data" / "seed-indicators.jsonl",
)

SEEDS_PATH = next(
    (path for path in (ROOT.parent / "shared" / "seeds", ROOT / "tests" / "data" / "seeds")
     if path.is_dir()),
    ROOT / "tests" / "data" / "seeds",
)
"""The seed documents: ../shared/seeds when it is beside the checkout, else the copy in
tests/data/seeds."""

CORPUS_PATH = next((path for path in CORPUS_CANDIDATES if path.is_file()), CORPUS_CANDIDATES[-1])
"""The corpus: ../shared when it is beside the checkout, else the copy in tests/data."""


def load_corpus() -> list[dict[str, Any]]:
    for path in CORPUS_CANDIDATES:
        if path.is_file():
            with path.open(encoding="utf-8") as handle:
                return [json.loads(line) for line in handle if line.strip()]
    raise FileNotFoundError(
        "seed-indicators.jsonl not found in " + ", ".join(map(str, CORPUS_CANDIDATES))
    )


def read_corpus(corpus: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], Formula]]:
    """Each row of ``corpus`` whose formula reads, with its formula read afresh (a row
    without a formula, or whose formula the reader refuses, is passed over)."""
    import ikicalc

    for row in corpus:
        text = row.get("formula")
        if not isinstance(text, str):
            continue
        try:
            formula = ikicalc.parse(text)
        except ikicalc.FormulaSyntaxError:
            continue
        yield row, formula


@pytest.fixture(scope="session")
def corpus() -> list[dict[str, Any]]:
    return load_corpus()


@pytest.fixture(scope="session")
def corpus_by_id(corpus: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {row["id"]: row for row in corpus}
