"""Moved to ikicalc.backends.budget; this path stays for one release."""

from ikicalc.backends.budget import *  # noqa: F403 - the old path re-exports the module it moved to
from ikicalc.backends.budget import __all__ as __all__
