"""Moved to :mod:`ikicalc.rules.scoring`; this path stays for one release."""

from ikicalc.rules.scoring import *  # noqa: F403 - the old path re-exports the module it moved to
from ikicalc.rules.scoring import __all__ as __all__
