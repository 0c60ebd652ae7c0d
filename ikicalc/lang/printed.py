"""The base of the AST's nodes: ``str(node)`` is the node in formula notation."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ikicalc.lang.ast import Expr


class Printed:
    """``str(node)`` is what :mod:`ikicalc.lang.printer` prints, so a message or a guess that
    formats a node shows ``A / B``, never the dataclass's repr."""

    __slots__ = ()

    def __str__(self) -> str:
        from ikicalc.lang.printer import expression_text  # the printer imports the AST

        return expression_text(cast("Expr", self))
