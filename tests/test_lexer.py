"""The shared-terminal contextual lexer (ikicalc/lang/lexer.py) reads every text exactly as
Lark's own contextual lexer does: the same tokens, the same trees, the same errors at the
same places, for the formula and the target grammars."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from lark import Lark, Token, Tree
from lark.exceptions import UnexpectedInput
from lark.lexer import ContextualLexer

from ikicalc.lang.grammars import build_parser
from ikicalc.lang.layout import lay_out
from ikicalc.lang.lexer import SharedContextualLexer, SharedScanner

DATA = Path(__file__).resolve().parent / "data"


def _rows(name: str) -> list[dict[str, Any]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _texts() -> list[str]:
    seeds = _rows("seed-indicators.jsonl")
    cells = [row["text"] for name in ("public-cells.jsonl", "public-cells-holdout.jsonl")
             for row in _rows(name)]
    formulas = [row["formula"] for row in seeds if row.get("formula")]
    hand = [
        "A / B x 100%", "1/8 (A + B)", "A : B x 100%", "- A berbanding B X 100 persen",
        r"$\frac{\text{A (B)}}{\text{C}} \times 100\%$", "<u>A</u> x 100% B", "Σ A / ∑ B",
        "A x 1.000 B", "A / B per 100.000 penduduk", "1. A\n2. B", "x", "A +", "((A)", "",
        "A = 2720 ------- x 100 % B = 31500", "Jumlah Rapat - Rapat Koordinasi / B",
        "\ue000x 100%\ue001", "A}", "$A$ $B$", "A / B x 100% : 1. C 2. D",
    ]
    return [*formulas, *cells, *hand]


def _targets() -> list[str]:
    seeds = _rows("seed-indicators.jsonl")
    found = [str(row["target"]) for row in seeds if row.get("target")]
    return [*found, "100%", "2.400bh", "≥ 95 %", "10 - 20 dokumen", "sama dengan seratus", "x"]


def _scales() -> list[str]:
    written = [
        "Kategori Mutu Pelayanan, Nilai Interval IKM : 25,00 – 43,75 Tidak Baik 43,76 – 62,50 "
        "Kurang Baik 62,51 – 81,25 Baik 81,26 – 100,00 Sangat baik",
        "91 – 100 : Sangat Baik", "76% – 90% Baik", "76 – 90 Kurang di atas 90 Baik",
        "≥ 91 Sangat Baik\n76 – 90 Baik\n61 – 75 Cukup\n51 – 60 Kurang\n≤ 50 Buruk",
        "≥ 91 Sangat Baik; 76 – 90 Baik; 61 – 75 Cukup; 51 – 60 Kurang; ≤ 50 Buruk;",
        "| ≥ 91 | Sangat Baik |\n| 76 – 90 | Baik |", "81,26 – 100,00 : B - Baik",
        "81,26 – 100,00 Sangat Baik (A)", "81,26 s.d. 100 Baik", "90 ke atas Baik", "–", "",
    ]
    return [*written, *_targets()[:80], *_texts()[:80]]


@cache
def _parsers(grammar: str) -> tuple[Lark, Lark]:
    # as ikicalc builds them (ikicalc.lang.parser, ikicalc.rules.target, ikicalc.rules.scale_text)
    options: dict[str, Any] = {"parser": "lalr", "lexer": "contextual"}
    if grammar == "formula":
        options["maybe_placeholders"] = False
    if grammar == "scale":
        options = {"parser": "lalr", "propagate_positions": True}
    shared = build_parser(grammar, **options)
    lark_own = build_parser(grammar, **options, _plugins={})
    assert isinstance(shared.parser.lexer, SharedContextualLexer)
    assert type(lark_own.parser.lexer) is ContextualLexer
    return shared, lark_own


def _reading(parser: Lark, text: str) -> Any:
    try:
        tree = parser.parse(text)
    except UnexpectedInput as error:
        token = getattr(error, "token", None)
        return ("error", type(error).__name__, error.pos_in_stream, repr(token),
                sorted(getattr(error, "expected", None) or getattr(error, "allowed", ()) or ()))
    assert isinstance(tree, Tree)
    tokens = [(t.type, str(t), t.start_pos) for t in tree.scan_values(
        lambda v: isinstance(v, Token))]
    return ("tree", tree.pretty(), tokens)


@pytest.mark.parametrize("laid_out", [True, False])
def test_formula_texts_read_as_lark_reads_them(laid_out: bool) -> None:
    shared, lark_own = _parsers("formula")
    texts = _texts()
    assert len(texts) > 400
    trees = 0
    for raw in texts:
        text = lay_out(raw).text if laid_out else raw
        ours = _reading(shared, text)
        assert ours == _reading(lark_own, text), raw
        trees += ours[0] == "tree"
    assert trees > 100  # most texts are formulas once laid out; errors are compared too


@pytest.mark.parametrize(("grammar", "texts"), [("target", _targets), ("scale", _scales)])
def test_target_and_scale_texts_read_as_lark_reads_them(
    grammar: str, texts: Callable[[], list[str]]
) -> None:
    shared, lark_own = _parsers(grammar)
    for text in texts():
        assert _reading(shared, text) == _reading(lark_own, text), text


def test_a_terminal_is_compiled_once_for_every_state() -> None:
    shared, _ = _parsers("formula")
    for text in _texts()[:50]:
        with contextlib.suppress(UnexpectedInput):
            shared.parse(lay_out(text).text)
    lexer = shared.parser.lexer
    scanners = [
        state._scanner for state in lexer.lexers.values() if state._scanner is not None
    ]
    assert len(scanners) >= 5
    assert all(isinstance(s, SharedScanner) for s in scanners)
    by_name: dict[str, set[int]] = {}
    for scanner in scanners:
        for pattern, name in scanner._patterns:
            by_name.setdefault(name, set()).add(id(pattern))
    assert by_name["PHRASE"]
    assert all(len(ids) == 1 for ids in by_name.values())
