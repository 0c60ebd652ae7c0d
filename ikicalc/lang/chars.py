"""The characters of a cell as the layout's passes change them, and their text.

The passes of :mod:`ikicalc.lang.layout` work on a list of characters (a blanked word keeps
every offset), and each asks for the text as it stands now, often several times between two
changes: about 69 times a cell of the seed corpus, between one change or two. Joined once per
change, the cold parse gained about 2 % (session 29): the passes' own calls cost more.
:class:`Chars` keeps the text it was last joined to and forgets it on any change;
:func:`text_of` reads it, and joins a plain list as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import SupportsIndex, overload

__all__ = ["Chars", "text_of"]


class Chars(list[str]):
    """A list of characters that remembers its text until it changes."""

    __slots__ = ("_text",)

    def __init__(self, characters: Iterable[str] = ()) -> None:
        super().__init__(characters)
        self._text: str | None = None

    def text(self) -> str:
        """The characters joined, once per change."""
        text = self._text
        if text is None:
            text = self._text = "".join(self)
        return text

    @overload
    def __setitem__(self, key: SupportsIndex, value: str, /) -> None: ...
    @overload
    def __setitem__(self, key: slice, value: Iterable[str], /) -> None: ...
    def __setitem__(self, key: SupportsIndex | slice, value: str | Iterable[str], /) -> None:
        self._text = None
        super().__setitem__(key, value)  # type: ignore[index, assignment]

    def __delitem__(self, key: SupportsIndex | slice, /) -> None:
        self._text = None
        super().__delitem__(key)

    def __iadd__(self, other: Iterable[str], /) -> Chars:  # type: ignore[override, misc]
        self._text = None
        super().__iadd__(other)
        return self

    def __imul__(self, times: SupportsIndex, /) -> Chars:
        self._text = None
        super().__imul__(times)
        return self

    def append(self, character: str, /) -> None:
        self._text = None
        super().append(character)

    def extend(self, characters: Iterable[str], /) -> None:
        self._text = None
        super().extend(characters)

    def insert(self, index: SupportsIndex, character: str, /) -> None:
        self._text = None
        super().insert(index, character)

    def pop(self, index: SupportsIndex = -1, /) -> str:
        self._text = None
        return super().pop(index)

    def remove(self, character: str, /) -> None:
        self._text = None
        super().remove(character)

    def clear(self) -> None:
        self._text = None
        super().clear()

    def reverse(self) -> None:
        self._text = None
        super().reverse()

    def sort(self, *args: object, **kwargs: object) -> None:
        self._text = None
        super().sort(*args, **kwargs)  # type: ignore[call-overload]


def text_of(chars: list[str]) -> str:
    """The text of ``chars`` as it stands: remembered for :class:`Chars`, joined otherwise."""
    if type(chars) is Chars:
        return chars.text()
    return "".join(chars)
