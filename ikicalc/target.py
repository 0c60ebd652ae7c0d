"""Moved to :mod:`ikicalc.rules.target`; this path stays for one release."""

from ikicalc.rules.target import (
    Component,
    Target,
    TargetPart,
    parse_target,
)

__all__ = [
    "Component",
    "Target",
    "TargetPart",
    "parse_target",
]
