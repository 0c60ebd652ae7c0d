"""Moved to :mod:`ikicalc.writers`; this path stays for one release."""

from ikicalc.writers import *  # noqa: F403 - the old path re-exports the module it moved to
from ikicalc.writers import __all__ as __all__
