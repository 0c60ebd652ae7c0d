"""Moved to ikicalc.backends.exact; this path stays for one release."""

from ikicalc.backends.exact import *  # noqa: F403 - the old path re-exports the module it moved to
from ikicalc.backends.exact import __all__ as __all__
