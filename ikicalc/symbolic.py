"""Moved to ikicalc.backends.symbolic; this path stays for one release."""

from ikicalc.backends.symbolic import *  # noqa: F403 - the old path re-exports the module it moved to
from ikicalc.backends.symbolic import __all__ as __all__
