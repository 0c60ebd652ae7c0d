"""Moved to :mod:`ikicalc.lang.parser`; this path stays for one release."""

from ikicalc.lang.parser import *  # noqa: F403 - the old path re-exports the module it moved to
from ikicalc.lang.parser import __all__ as __all__
