"""A cell that is one name is read without the LALR machinery (``ikicalc.lang.one_name``):
the reading must be the one Lark gives, spans and all, on every corpus the project keeps."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ikicalc
from ikicalc.errors import FormulaSyntaxError
from ikicalc.lang import ast
from ikicalc.lang.builder import GUESSES
from ikicalc.lang.lark_errors import parse_text
from ikicalc.lang.layout import lay_out
from ikicalc.lang.one_name import one_name
from ikicalc.lang.parser import _parser, syntax_error
from tests.test_fuzz import examples

DATA = Path(__file__).parent / "data"
# the development cells, the written cells and the seed rows (never the set-aside file)
CORPORA = ("public-cells.jsonl", "written-cells.jsonl", "seed-indicators.jsonl")


def _texts() -> list[str]:
    texts: list[str] = []
    for name in CORPORA:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            text = row.get("text") or row.get("formula")
            if isinstance(text, str) and text.strip():
                texts.append(text)
    return texts


def _shape(result: Any) -> Any:
    """The result with every node's span, which node equality leaves out."""
    label, expr, items = result
    return label, items, [(type(node).__name__, node, node.span) for node in ast.walk(expr)]


def _both(text: str) -> tuple[Any, Any]:
    token = GUESSES.set([])
    try:
        fast = one_name(_parser(), text)
        try:
            slow = parse_text(_parser(), text, syntax_error, FormulaSyntaxError, "formula")
        except FormulaSyntaxError:
            slow = None
    finally:
        GUESSES.reset(token)
    return fast, slow


def test_every_corpus_cell_read_as_one_name_reads_as_lark_reads_it() -> None:
    taken = 0
    for cell in _texts():
        laid = lay_out(cell).text
        fast, slow = _both(laid)
        if fast is None:
            continue
        taken += 1
        assert slow is not None, laid
        assert _shape(fast) == _shape(slow), laid
    assert taken > 250  # 299 in session 25: the seed rows are mostly names; public cells seldom


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("Jumlah Kendaraan yang dipelihara", True),
        ("  Jumlah desa  \n", True),
        ("Jumlah\npenduduk miskin", True),
        ("Rata-rata Lama Sekolah", True),
        ("Jumlah pegawai (PNS)", False),  # a bracket: more tokens, Lark's
        ("Jumlah desa.", True),  # a period both ignore after the phrase
        ("A / B", False),
        ("x", False),  # refused, by Lark
        ("", False),
        ("   ", False),
        ("Jumlah desa\n=", False),
    ],
)
def test_one_name_or_lark(text: str, taken: bool) -> None:
    fast, slow = _both(text)
    assert (fast is not None) is taken
    if fast is not None:
        assert _shape(fast) == _shape(slow)


def test_a_name_reads_the_same_through_parse() -> None:
    formula = ikicalc.parse("Jumlah Laporan Keuangan Akhir Tahun SKPD")
    assert formula.variables == ("Jumlah Laporan Keuangan Akhir Tahun SKPD",)
    assert formula.expr.span == (0, 40)


# pieces of names and of what ends or breaks one: words, abbreviations, numbers, brackets,
# operators and their words, blanks and line breaks, a keyword's brace, a period
_PIECES = [
    "Jumlah", "desa", "Kec.", "s.d", "Kab/Kota", "yang", "dibagi", "x", "100", "%", "-", "(",
    ")", " ", "  ", "\n", ".", ",", "=", "{", "}", "rata-rata", "Rata-rata", "per", "1.000",
    "Σ", "\u00ad", "ke-3", "≥", "7", "tahun", "n-1", ":", "dan", "tertentu",
]  # fmt: skip


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12))
def test_any_text_read_as_one_name_reads_as_lark_reads_it(pieces: list[str]) -> None:
    text = " ".join(pieces) if len(pieces) % 2 else "".join(pieces)
    fast, slow = _both(text)
    if fast is not None:
        assert slow is not None, text
        assert _shape(fast) == _shape(slow), text
