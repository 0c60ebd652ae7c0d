"""Moved to ikicalc.backends.measured; this path stays for one release."""

from ikicalc.backends.measured import *  # noqa: F403 - the old path re-exports the module it moved to
from ikicalc.backends.measured import __all__ as __all__
