"""Moved to ikicalc.documents; this path stays for one release."""

from ikicalc.documents import *  # noqa: F403 - the old path re-exports the module it moved to
from ikicalc.documents import __all__ as __all__
