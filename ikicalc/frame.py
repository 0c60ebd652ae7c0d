"""Moved to ikicalc.evaluation.frame; this path stays for one release."""

from ikicalc.evaluation.frame import *  # noqa: F403 - the old path re-exports the module it moved to
from ikicalc.evaluation.frame import __all__ as __all__
