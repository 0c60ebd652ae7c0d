"""The guards of the reader's common path (:mod:`ikicalc.lang.guards`, and the few beside the
passes) are proofs, not heuristics: with every guard answering "maybe" the dev and seed
corpora are laid out and read exactly as with the guards, and each guard's answer "no" is
checked against the expressions it spares (issues 14 and 18: the cold parse)."""

from __future__ import annotations

import functools
import json
import re
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ikicalc import numbers
from ikicalc.errors import IkiError
from ikicalc.lang import guards
from ikicalc.lang.layout import lay_out
from ikicalc.lang.layout_cues import BAR
from ikicalc.lang.parser import parse
from tests.conftest import load_corpus
from tests.public_scoring import DEV_PATH


def _texts() -> list[str]:
    """Every text of the dev cells (all kinds) and every formula and target of the seeds."""
    rows = [json.loads(line) for line in DEV_PATH.read_text(encoding="utf-8").splitlines()]
    texts = {row["text"] for row in rows if row.get("text")}
    for row in load_corpus():
        texts |= {row[key] for key in ("formula", "target") if row.get(key)}
    return sorted(texts)


TEXTS = _texts()


@functools.cache
def _expressions() -> dict[str, re.Pattern[str]]:
    """Every module-level expression of the reader (lazy, compiled or folded by
    :mod:`ikicalc.patterns`), and the preamble's cue, by name."""
    import importlib
    import pkgutil

    import ikicalc.lang
    from ikicalc import patterns
    from ikicalc.lang.preamble import _cue

    found: dict[str, re.Pattern[str]] = {}
    for info in pkgutil.iter_modules(ikicalc.lang.__path__, "ikicalc.lang."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, patterns._LazyPattern | patterns._Folded | re.Pattern):
                found[f"{info.name}.{name}"] = value  # type: ignore[assignment]
    found["preamble cue"] = _cue()
    return found


@functools.cache
def _laid() -> list[str]:
    """The laid-out text of every text of the corpora (:data:`TEXTS`), in order."""
    return [lay_out(text).text for text in TEXTS]


def _reading(text: str) -> tuple[Any, ...]:
    """All a cold read of ``text`` gives: the layout and the formula (or the error)."""
    parse.cache_clear()
    layout = lay_out(text)
    laid = (layout.text, layout.legend, layout.notes, layout.lost_bar, layout.readings)
    try:
        formula = parse(text)
    except IkiError as error:
        return laid, type(error).__name__, str(error)
    except RecursionError:  # pragma: no cover - a reading's own trouble, the same both ways
        return laid, "RecursionError"
    return laid, str(formula), formula.expr, formula.label, formula.items, formula.guesses


def test_the_corpora_read_alike_with_and_without_the_guards(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert len(TEXTS) > 600
    guarded = [_reading(text) for text in TEXTS]
    # every guard answers "maybe"; number_style is imported by name where it is used
    for name in guards.__all__:
        if name not in ("folded", "stems", "openings", "starts"):  # the predicates
            monkeypatch.setattr(guards, name, lambda *args: True)
    for name, module in list(sys.modules.items()):
        if name.startswith("ikicalc") and getattr(module, "number_style", None) is not None:
            monkeypatch.setattr(module, "number_style", numbers._style_shown)
    unguarded = [_reading(text) for text in TEXTS]
    parse.cache_clear()
    differ = [text for text, a, b in zip(TEXTS, guarded, unguarded, strict=True) if a != b]
    assert differ == []


def test_folded_text_holds_every_word_an_expression_ignoring_case_finds() -> None:
    for text, word in [
        ("NUMERATOR", "numerator"),
        ("pembılang", "pembilang"),  # dotless i
        ("PEMBİLANG", "pembilang"),  # capital I with a dot
        ("ſebagai", "sebagai"),  # long s
        ("\u212aali", "kali"),  # Kelvin sign
    ]:
        assert re.search("(?i)" + word, text)
        assert guards.holds(text, word), text
    assert not guards.holds("Jumlah A / Jumlah B", "atau")


def test_no_character_beyond_ascii_matches_an_ascii_letter_unfolded() -> None:
    letters = re.compile("(?i)[a-z]")
    beyond = [chr(c) for c in range(128, sys.maxunicode + 1) if letters.fullmatch(chr(c))]
    for char in beyond:
        assert guards.folded(char).isascii(), char


@pytest.mark.parametrize(
    "text",
    ["A ---- B", "A ____ B", "A _ _ _ _ _ B", "A ...... B", "A …… B", "A ═══════ B", "A ==== B"],
)
def test_the_bar_guard_lets_every_bar_through(text: str) -> None:
    assert BAR.search(text)
    assert guards.bar(text)


def test_the_bar_guard_answers_no_only_where_there_is_no_bar() -> None:
    for text in TEXTS:
        laid = lay_out(text).text
        for candidate in (text, laid):
            if not guards.bar(candidate):
                assert BAR.search(candidate) is None, candidate
    assert not guards.bar("A - B = C. D")


def test_number_style_and_its_guard_agree() -> None:
    for text in TEXTS:
        for candidate in (text, lay_out(text).text):
            assert numbers.number_style(candidate) == numbers._style_shown(candidate), candidate
    for text in ["81,35", "1.250,5", "81.35", "1.206.000", "1,206,000", "1.206", "0.5", "A / B"]:
        assert numbers.number_style(text) == numbers._style_shown(text)


def test_the_words_read_from_an_expression_stand_in_every_match() -> None:
    """guards.needed over every expression of the reader, on every text of the corpora."""
    found = _expressions()
    from ikicalc.lang.preamble import _cue
    samples = [*TEXTS, *_laid()]
    guarded = 0
    for name, pattern in found.items():
        words = guards.needed(pattern)
        if words is None:
            continue
        guarded += 1
        assert all(word == guards.folded(word) for word in words), name
        for text in samples:
            if pattern.search(text):
                assert guards.holds(text, *words), (name, text)
    assert guarded > 40
    assert guards.needed(_cue()) is not None
    assert "dihitung" in (guards.needed(_cue()) or ())
    assert guards.needed(re.compile(r"(?i)\s\batau\b\s")) == ("atau",)
    assert guards.needed(re.compile(r"(?:a|b?)c")) == ("c",)
    assert guards.needed(re.compile(r"x?(?:ab|c)")) == ("ab", "c")
    assert guards.needed(re.compile(r"[ab]+\d")) is None
    assert guards.needed(re.compile(r"(?i)DİKALI")) is not None


def test_every_match_opens_a_word_its_expression_names() -> None:
    """guards.openings over every expression of the reader: wherever one matches a text of
    the corpora (as written, in capitals, in lower case), a word of the text opens so."""
    found = _expressions()
    from ikicalc.lang.preamble import _cue
    laid = _laid()[::2]
    short = [t for t in TEXTS if len(t) <= 300]  # as test_patterns_folded: cheap searches
    cased = [t.upper() for t in short[::2]] + [t.lower() for t in short[1::2]]
    samples = sorted({*TEXTS, *laid, *cased})
    opened = 0
    for name, pattern in found.items():
        openings = guards.openings(pattern)
        if openings is None:
            continue
        opened += 1
        assert all(0 < len(start) <= 4 and start == start.lower() for start in openings), name
        for text in samples:
            if pattern.search(text):
                assert not openings.isdisjoint(guards.starts(text)), (name, text)
    assert opened > 40
    assert guards.openings(_cue()) is not None


@pytest.mark.parametrize(
    ("expression", "openings"),
    [
        (r"\badalah", {"adal"}),
        (r"(?i)\b(?:adalah|merupakan|(?:di|me)hitung)\b", {"adal", "meru", "dihi", "mehi"}),
        (r"adalah", None),  # inside a word too: "Kadalah"
        (r"(?<![^\W_])(?:[Dd]ibagi|kali)", {"diba", "kali"}),
        (r"\b(?:x|\d)", None),  # a digit of any kind
        (r"^\s*(?:di\s+)?pe(?:r|n)", {"di", "per", "pen"}),
        (r"(?:(?<=yaitu )|(?<=yakni ))me", {"me"}),
        (r"^\s*(?:\w+\s+){1,5}melipu", {"meli"}),  # the first words are any words
        (r"x+\s*ab", None),  # "xab": glued to the x
        (r"\d+\s+(?:dari|atas)", {"dari", "atas"}),
        (r"\b(?:ab)?", None),  # it may match nothing at all
    ],
)
def test_openings_read_from_an_expression(expression: str, openings: set[str] | None) -> None:
    found = guards.openings(re.compile(expression))
    assert (None if found is None else set(found)) == openings


def test_word_starts_fold_as_the_engine_ignoring_case() -> None:
    assert {"j", "ju", "jum", "juml", "la"} <= guards.starts("Jumlah laporan")
    assert "umla" not in guards.starts("Jumlah laporan")
    for text in ["\u0130BU dan", "x\u0307adalah", "\u212aALI", "\u017fama", "dıbagi"]:
        for expression in [r"(?i)\bibu\b", r"(?i)\badalah", r"(?i)\bkali", r"(?i)\bsama", r"(?i)\bdibagi"]:
            pattern = re.compile(expression)
            if pattern.search(text):
                assert not (guards.openings(pattern) or set()).isdisjoint(guards.starts(text))


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="abdeiksxAKIS_ 019-.\n\u0130\u0131\u017f\u212a\u0307é", max_size=14),
    st.frozensets(st.sampled_from(["a", "ad", "adal", "i", "is", "k", "s", "x1", "0", "é"]), min_size=1),
)
def test_a_words_opening_is_looked_for_as_the_openings_are_gathered(
    text: str, opens: frozenset[str]
) -> None:
    gathered = not opens.isdisjoint(guards.starts(text))
    assert guards.opens_word(text, opens) == gathered
    many = opens | {f"zq{n}" for n in range(guards._FEW)}  # the one alternation of many
    test = guards._opening_test(many)
    assert test is not None
    assert test(text) == gathered


def test_a_few_openings_are_looked_for_in_the_text_and_many_gathered() -> None:
    few = re.compile(r"(?i)\b(?:adalah|merupakan)\b")
    assert guards.may_find(few, "Nilai ADALAH A")
    assert not guards.may_find(few, "Jumlah A / B")
    many = re.compile(r"(?i)\b(?:" + "|".join(f"w{n}x" for n in range(40)) + r")\b")
    assert len(guards.openings(many) or ()) > guards._FEW
    assert guards.may_find(many, "a W17X b")
    assert not guards.may_find(many, "a bw17x")


def test_the_shortcuts_of_names_agree_with_their_expressions() -> None:
    from ikicalc.lang import builder, lark_errors, symbols
    from ikicalc.names import _SPACE, INVISIBLE, clean_name

    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert all(re.fullmatch(r"\s", char) for char in spaces)
    assert [char for char in spaces if char.isprintable()] == [" "]  # clean_name's proof
    samples = [*TEXTS, *(f"Jumlah{c}desa{c}" for c in spaces), "A\\ B", "A  B ", "", " ,."]
    for text in samples:
        seen = "".join(char for char in text if char not in INVISIBLE)  # gone from names
        assert clean_name(text) == _SPACE.sub(" ", seen).strip()
        assert "".join(text.split()) == re.sub(r"\s+", "", text)  # symbols.one_spelling
        ends = bool(text) and (text[-1] in ",." or text[-1].isspace())
        assert ends or builder._NAME_END.sub("", text) == text
    assert symbols.one_spelling(["Target Waktu(TW)", "Target Waktu (TW)"]) == {
        "Target Waktu (TW)": "Target Waktu(TW)"
    }
    assert lark_errors._too_deep("(" * 65) == 64
    assert lark_errors._too_deep("(" * 64 + ")" * 64) is None
    assert lark_errors._too_deep("(a)" * 100) is None


def test_walk_yields_what_children_give() -> None:
    from ikicalc.lang import ast

    def reference(node: ast.Expr) -> list[ast.Expr]:
        out, stack = [], [node]
        while stack:
            current = stack.pop()
            out.append(current)
            stack.extend(reversed(ast.children(current)))
        return out

    walked = 0
    for text in TEXTS:
        try:
            expr = parse(text).expr
        except IkiError:
            continue
        assert [id(n) for n in ast.walk(expr)] == [id(n) for n in reference(expr)]
        walked += 1
    assert walked > 400


def test_each_cheap_expression_is_in_every_match_of_its_costly_one() -> None:
    from ikicalc.lang import rates, restated

    pairs = [
        (rates._RATE_THEN_PRODUCT, rates._RATE),
        (restated._NUMBER_BEFORE_BRACKET, restated._NUMBER_SAID),
    ]
    samples = [
        *TEXTS,
        "tarif 18% dikalikan A",
        "Bagi … sebesar 1% x A",
        "100 (seratus) persen",
        "1% (satu perseratus) dari A",
        "2,5% (dua setengah perseratus)",
    ]
    seen = 0
    for cheap, costly in pairs:
        for text in samples:
            for found in costly.finditer(text):
                seen += 1
                start = max(0, found.start() - 1)
                assert cheap.search(text, start, found.end() + 80), (text, found)
            if costly.search(text):
                assert guards.finds(cheap, text)
    assert seen >= 4
