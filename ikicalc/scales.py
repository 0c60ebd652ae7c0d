"""Moved to :mod:`ikicalc.rules.scales`; this path stays for one release."""

from ikicalc.rules.scales import *  # noqa: F403 - the old path re-exports the module it moved to
from ikicalc.rules.scales import __all__ as __all__
