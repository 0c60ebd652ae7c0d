"""What the rule modules share: their data file and reading labels in any common spelling."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from ikicalc.errors import IkiError
from ikicalc.i18n import _

__all__ = ["label_key", "read_label", "rules_data"]


@cache
def rules_data() -> dict[str, Any]:
    """The tables of ``ikicalc/data/rules.toml`` (each with its ``source``)."""
    raw = resources.files("ikicalc").joinpath("data", "rules.toml").read_text(encoding="utf-8")
    return tomllib.loads(raw)


_NOT_LETTERS = re.compile(r"[^a-z]+")


def label_key(text: str) -> str:
    """A label reduced to its lower-case letters: ``"Di Atas"`` → ``"diatas"``."""
    return _NOT_LETTERS.sub("", text.lower())


def read_label(text: object, labels: Iterable[str], aliases: dict[str, str], what: str) -> str:
    """The label of ``labels`` that ``text`` spells (case, spaces, ``-``/``/`` ignored).

    ``aliases`` maps other spellings (as :func:`label_key` keys) to a label. Raises
    :class:`~ikicalc.errors.IkiError` naming ``what`` and the labels when none matches.
    """
    known = list(labels)
    if isinstance(text, str):
        key = label_key(text)
        for label in known:
            if label_key(label) == key:
                return label
        if key in aliases:
            return aliases[key]
    raise IkiError(
        _("unknown {what} {text}: use one of {known}").format(
            what=what, text=repr(text), known=", ".join(repr(k) for k in known)
        )
    )
