"""The characters the layout's passes change, and their text joined once per change
(:mod:`ikicalc.lang.chars`): every way a list changes forgets the text it was."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ikicalc.lang.chars import Chars, text_of
from ikicalc.lang.layout_cues import blank

CHANGES: list[Callable[[Chars], object]] = [
    lambda c: c.__setitem__(0, "X"),
    lambda c: c.__setitem__(slice(1, 3), ["y", "z"]),
    lambda c: c.__delitem__(0),
    lambda c: c.append("!"),
    lambda c: c.extend("!?"),
    lambda c: c.insert(0, "("),
    lambda c: c.pop(),
    lambda c: c.remove("b"),
    lambda c: c.clear(),
    lambda c: c.reverse(),
    lambda c: c.sort(),
    lambda c: c.__iadd__(["+"]),
    lambda c: c.__imul__(2),
    lambda c: blank(c, 0, 2),
]


@pytest.mark.parametrize("change", CHANGES)
def test_a_change_forgets_the_text(change: Callable[[Chars], object]) -> None:
    chars = Chars("abc\nd")
    assert text_of(chars) == "abc\nd"
    plain = list(chars)
    change(chars)
    change(plain)  # type: ignore[arg-type]
    assert text_of(chars) == "".join(plain)


def test_the_text_is_joined_once_and_plain_lists_as_before() -> None:
    chars = Chars("Jumlah A / B")
    assert text_of(chars) is text_of(chars)
    assert text_of(list("A / B")) == "A / B"
    blank(chars, 6, 8)
    assert text_of(chars) == "Jumlah   / B"
    blank(chars, 3, 3)  # nothing to blank
    assert text_of(chars) == "Jumlah   / B"
