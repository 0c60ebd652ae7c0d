"""The page cleaning of the PDF reader (ikicalc.importers.pdf_page) gives what the pairwise
rules gave, without comparing every pair: characters drawn twice (pdfplumber's
``dedupe_chars``), boxes lying inside another box of their shade, cells inside cells."""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.bench_import_page import rect, shaded_cells
from ikicalc.importers.pdf_page import BoxIndex, inside, invisible, unique_chars

COORD = st.floats(min_value=0, max_value=800, allow_nan=False).map(lambda v: round(v, 1))


@st.composite
def boxes(draw: Any) -> list[tuple[float, float, float, float]]:
    """Boxes of a page, some nested in others, some repeated, some a hair apart."""
    out: list[tuple[float, float, float, float]] = []
    for _ in range(draw(st.integers(0, 40))):
        if out and draw(st.booleans()):
            x0, top, x1, bottom = draw(st.sampled_from(out))
            shrink = draw(st.sampled_from([0.0, 0.3, 0.6, 2.0, -0.4]))
            out.append((x0 + shrink, top + shrink, x1 - shrink, bottom - shrink))
            continue
        x0, x1 = sorted((draw(COORD), draw(COORD)))
        top, bottom = sorted((draw(COORD), draw(COORD)))
        out.append((x0, top, x1, bottom))
    return out


def _pairwise(found: list[tuple[float, float, float, float]], tol: float) -> list[bool]:
    return [any(o != b and inside(b, o, tol) for o in found) for b in found]


@settings(max_examples=300, deadline=None)
@given(boxes())
def test_box_index_answers_as_every_pair_would(
    found: list[tuple[float, float, float, float]],
) -> None:
    for tol in (0.5, 1.0):
        index = BoxIndex(found, margin=tol)
        assert [index.within_another(b) for b in found] == _pairwise(found, tol)


def test_boxes_in_a_box_of_their_shade_draw_nothing() -> None:
    grey, blue = (0.8, 0.8, 0.8), (0.2, 0.3, 0.9)
    cell = (10.0, 10.0, 210.0, 110.0)
    lines = [(12.0, 12.0 + 12 * n, 208.0, 22.0 + 12 * n) for n in range(7)]
    other_shade = (12.0, 100.0, 208.0, 108.0)
    outside = (300.0, 10.0, 400.0, 40.0)
    white = (500.0, 500.0, 520.0, 520.0)
    rects = [
        rect(cell, grey),
        *(rect(b, grey) for b in lines),
        rect(other_shade, blue),
        rect(outside, grey),
        rect(white, (1.0, 1.0, 1.0)),
    ]
    hidden = invisible(rects)
    assert {box for _shade, box in hidden} == {*lines, white}


def test_many_boxes_of_one_shade_are_not_compared_pairwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A page of 4,000 line boxes in 400 cells of one shade: the pairs would be 16 million;
    the index compares each box with the few boxes around its centre."""
    rects = shaded_cells(20 * 20, (0.9, 0.9, 0.9))
    assert not BoxIndex([]).within_another((0, 0, 1, 1))
    compared = 0
    original = inside

    def counting(inner: Any, outer: Any, tol: float = 1.0) -> bool:
        nonlocal compared
        compared += 1
        return original(inner, outer, tol)

    monkeypatch.setattr("ikicalc.importers.pdf_page.inside", counting)
    hidden = invisible(rects)
    assert len(hidden) == 20 * 20 * 10
    assert compared < 20 * len(rects)


def _char(text: str, x0: float, doctop: float, font: str = "F1", size: float = 9) -> dict[str, Any]:
    return {
        "upright": True,
        "text": text,
        "fontname": font,
        "size": size,
        "x0": x0,
        "doctop": doctop,
        "top": doctop,
        "x1": x0 + 5,
        "bottom": doctop + 9,
    }


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from("aab"),
            st.integers(0, 30),
            st.integers(0, 6),
            st.sampled_from(["F1", "F2"]),
            st.sampled_from([0.0, 0.3, 0.7, 1.4]),
        ),
        max_size=60,
    )
)
def test_chars_drawn_twice_are_kept_once_as_pdfplumber_does(
    drawn: list[tuple[str, int, int, str, float]],
) -> None:
    from pdfplumber.utils.text import dedupe_chars

    chars = [_char(t, x * 5 + shift, y * 12 + shift / 2, font) for t, x, y, font, shift in drawn]
    assert unique_chars(chars) == dedupe_chars(chars, tolerance=1)
    assert [id(c) for c in unique_chars(chars)] == [id(c) for c in dedupe_chars(chars, tolerance=1)]


def test_bold_drawn_twice_on_a_long_page() -> None:
    rng = random.Random(8)  # noqa: S311 - reproducible test inputs, not secrets
    chars = []
    for n in range(3000):
        char = _char(rng.choice("abcdefgh"), 5.0 * (n % 100), 12.0 * (n // 100))
        chars += [char, {**char, "x0": char["x0"] + 0.3}]
    kept = unique_chars(chars)
    assert len(kept) == 3000
    assert all(c["x0"] % 5 == 0 for c in kept)
