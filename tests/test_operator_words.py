"""The operator words have one home (``[grammar]`` of ``data/names.toml``): the grammar, the
typos of OCR and the reading of last resort all read every word listed there, and the same
operation of it."""

from __future__ import annotations

import pytest

import ikicalc
from ikicalc.lang import ast
from ikicalc.lang.last_resort_tokens import OPS, op_of, scan
from ikicalc.lang.operator_words import before_operand, operator_words, said, sign_of
from ikicalc.lang.typos import operator_typos

_ALL = [(sign, word) for sign, words in operator_words().items() for word in words]


def _op(formula: ikicalc.Formula) -> ast.Op:
    node = formula.expr
    assert isinstance(node, ast.Binary), formula
    return node.op


@pytest.mark.parametrize(("sign", "word"), _ALL)
@pytest.mark.parametrize("joiner", ["", " dengan", " DGN"])
def test_the_grammar_reads_every_listed_word(sign: str, word: str, joiner: str) -> None:
    for spelled in (word, word.upper(), word.replace(" ", "  ")):
        formula = ikicalc.parse(f"Jumlah pegawai hadir {spelled}{joiner} jumlah pegawai")
        assert _op(formula) is OPS[sign]
        assert formula.variables == ("Jumlah pegawai hadir", "jumlah pegawai")


@pytest.mark.parametrize(("sign", "word"), _ALL)
def test_the_reading_of_last_resort_reads_every_listed_word(sign: str, word: str) -> None:
    text = f"nilai A {word} dengan nilai B"
    ops = [token for token in scan(text, 0) if token.kind == "op"]
    assert [op_of(token.text) for token in ops] == [OPS[sign]]
    assert sign_of(f"{word.upper()}   dengan") == sign


@pytest.mark.parametrize(
    ("sign", "word"), [(s, w) for s, w in _ALL if " " not in w and w.startswith("di")]
)
def test_a_listed_word_one_letter_off_is_that_operator(sign: str, word: str) -> None:
    """(OCR's misspellings are looked for in the words of ``di``-verbs.)"""
    typo = word[:-1] + ("q" if word[-1] != "q" else "z")
    chars = list(f"Jumlah A {typo} jumlah B")
    readings = operator_typos(chars)
    assert [reading.chosen for reading in readings] == [word]
    assert _op(ikicalc.parse(f"Jumlah A {typo} jumlah B")) is OPS[sign]


def test_the_short_words_operate_only_before_an_operand() -> None:
    assert set(before_operand()) == {"kali", "bagi", "banding", "per"}
    assert _op(ikicalc.parse("Jumlah A bagi jumlah B")) is ast.Op.DIV
    assert ikicalc.parse("Jumlah layanan bagi masyarakat").variables == (
        "Jumlah layanan bagi masyarakat",
    )


@pytest.mark.parametrize(
    "text",
    ["Jumlah siswa dibagi menjadi tiga kelompok", "Jumlah A setelah dikurangi biaya"],
)
def test_words_that_say_no_operation_stay_words(text: str) -> None:
    assert ikicalc.parse(text).variables == (text,)


def test_a_letter_x_before_any_operator_word_is_a_letter() -> None:
    for word in ("dikalikan", "di kali", "ditambahkan", "dibandingkan"):
        formula = ikicalc.parse(f"Jumlah desa di Kecamatan X {word} 100")
        assert formula.variables == ("Jumlah desa di Kecamatan X",)


def test_the_patterns_say_the_exceptions_unless_plain() -> None:
    import re

    divide = re.compile(f"(?i){said('/')}")
    assert divide.search("dibagi menjadi dua") is None
    assert re.compile(f"(?i){said('/', plain=True)}").search("dibagi menjadi dua")
    assert re.compile(f"(?i){said('-')}").search("setelah dikurangi") is None
