"""Moved to :mod:`ikicalc.lang.ast`; this path stays for one release."""

from ikicalc.lang.ast import *  # noqa: F403 - the old path re-exports the module it moved to
from ikicalc.lang.ast import __all__ as __all__
