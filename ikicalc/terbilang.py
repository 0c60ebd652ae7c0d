"""Moved to :mod:`ikicalc.rules.terbilang`; this path stays for one release."""

from ikicalc.rules.terbilang import *  # noqa: F403 - the old path re-exports the module it moved to
from ikicalc.rules.terbilang import __all__ as __all__
