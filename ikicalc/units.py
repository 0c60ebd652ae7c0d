"""Moved to :mod:`ikicalc.rules.units`; this path stays for one release."""

from ikicalc.rules.units import *  # noqa: F403 - the old path re-exports the module it moved to
from ikicalc.rules.units import __all__ as __all__
