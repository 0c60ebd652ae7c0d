"""Moved to ikicalc.backends.budget; this path stays for one release."""

from ikicalc.backends.budget import (
    OutOfTime,
    run_bounded,
)

__all__ = [
    "OutOfTime",
    "run_bounded",
]
