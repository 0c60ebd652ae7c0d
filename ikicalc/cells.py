"""Moved to :mod:`ikicalc.lang.cells`; this path stays for one release."""

from ikicalc.lang.cells import *  # noqa: F403 - the old path re-exports the module it moved to
from ikicalc.lang.cells import __all__ as __all__
