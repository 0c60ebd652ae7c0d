"""Moved to :mod:`ikicalc.lang.formula`; this path stays for one release."""

from ikicalc.lang.formula import *  # noqa: F403 - the old path re-exports the module it moved to
from ikicalc.lang.formula import __all__ as __all__
