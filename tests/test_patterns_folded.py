"""A long expression ignoring case searches ASCII text through its twin minding case over the
text in lower case (:class:`ikicalc.patterns._Folded`, for the cold parse: issue 14's
benchmark): every match is the one ``re`` gives, on every text of the corpora and on
texts made to catch the twin out (capitals, escapes of capitals, matches of nothing, text
beyond ASCII)."""

from __future__ import annotations

import gc
import re

import hypothesis.strategies as st
from hypothesis import given

from ikicalc import patterns
from ikicalc.lang.layout import lay_out
from ikicalc.lang.parser import parse
from tests.test_guards import TEXTS

LONG = "(?:" + "|".join(f"kata{n}" for n in range(30)) + ")"


def _spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


def _folded() -> list[patterns._Folded]:
    for text in TEXTS[:: max(1, len(TEXTS) // 200)]:
        parse.cache_clear()
        try:
            parse(text)
        except Exception:  # noqa: S112 - refusals use expressions too
            continue
    return [o for o in gc.get_objects() if isinstance(o, patterns._Folded)]


def test_every_long_expression_of_the_reader_finds_what_re_finds() -> None:
    folded = _folded()
    assert len(folded) >= 10  # the cues of the layout, number words, legends …
    # short texts: some expressions open with "[ \\t\\n]*" and are meant for match() at a
    # place, a search over a long text of blanks costs them the square of its length
    short = [t for t in TEXTS if len(t) <= 300]
    samples = sorted({*short, *(lay_out(t).text for t in short[::3]), *(t.upper() for t in short)})
    for pattern in folded:
        original = pattern._pattern
        for text in samples:
            assert _spans(pattern.finditer(text)) == _spans(original.finditer(text)), text
            found, expected = pattern.search(text), original.search(text)
            assert (found and found.span()) == (expected and expected.span()), text
            if found and expected:
                assert found.group(0) == expected.group(0)  # taken from the text as written


def test_only_long_expressions_ignoring_case_are_folded() -> None:
    assert isinstance(patterns.compiled(r"(?i)\b" + LONG), patterns._Folded)
    assert isinstance(patterns.compiled(LONG, re.IGNORECASE), patterns._Folded)
    assert not isinstance(patterns.compiled(LONG), patterns._Folded)  # minding case
    assert not isinstance(patterns.compiled(r"(?i)kata"), patterns._Folded)  # short
    assert not isinstance(patterns.compiled(r"\x41" + LONG, re.I), patterns._Folded)  # "A"
    assert not isinstance(patterns.compiled(LONG + "(?-i:B)", re.I), patterns._Folded)
    assert not isinstance(patterns.compiled(LONG + "|\u212a", re.I), patterns._Folded)
    assert patterns.compiled(LONG, re.I) == re.compile(LONG, re.I)  # equal to re's
    assert patterns.lazy(LONG, re.I).search("KATA7") is not None


@given(
    st.text(alphabet="aAkKtT0123 _-\n\\WwSs()ıİſK\u0307", max_size=40),
    st.sampled_from(
        [
            r"\bKATA(?:\d|X)\b",
            r"(?<![^\W_])[A-Z]+\W",
            r"\Wkata\S",
            r"[^A-Z]k",
            r"(?P<Word>K)?",  # a match of nothing
            r"(?<=\s)T|\\W",
        ]
    ),
)
def test_the_twin_finds_what_re_finds_ignoring_case(text: str, head: str) -> None:
    source = "(?:" + head + ")|" + LONG
    pattern = patterns.compiled(source, re.IGNORECASE)
    assert isinstance(pattern, patterns._Folded)
    original = re.compile(source, re.IGNORECASE)
    for at in (text, text.upper(), "kata3 " + text):
        assert _spans(pattern.finditer(at)) == _spans(original.finditer(at))
        found, expected = pattern.search(at, 1), original.search(at, 1)
        assert (found and (found.span(), found.group(0))) == (
            expected and (expected.span(), expected.group(0))
        )
