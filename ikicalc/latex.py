"""Moved to ikicalc.backends.latex; this path stays for one release."""

from ikicalc.backends.latex import *  # noqa: F403 - the old path re-exports the module it moved to
from ikicalc.backends.latex import __all__ as __all__
