"""Moved to :mod:`ikicalc.rules.target`; this path stays for one release."""

from ikicalc.rules.target import *  # noqa: F403 - the old path re-exports the module it moved to
from ikicalc.rules.target import __all__ as __all__
