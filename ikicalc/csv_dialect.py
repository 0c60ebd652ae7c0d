"""Moved to ikicalc.realisasi.dialect; this path stays for one release."""

from ikicalc.realisasi.dialect import *  # noqa: F403 - the old path re-exports the module it moved to
from ikicalc.realisasi.dialect import __all__ as __all__
