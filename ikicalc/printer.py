"""Moved to :mod:`ikicalc.lang.printer`; this path stays for one release."""

from ikicalc.lang.printer import *  # noqa: F403 - the old path re-exports the module it moved to
from ikicalc.lang.printer import __all__ as __all__
