"""The ``ikicalc`` command line.

Exit codes: 0 success; 1 the input was read but has problems (a formula that cannot be
evaluated on the data given); 2 the input cannot be read (a formula with a syntax error, a
definition file that does not validate, a ``--set`` that is not ``NAME=VALUE``).

The commands live one module each (``formula``: eval, explain, solve; ``check``; ``documents``:
import, template, scales; ``report``; ``serve``), registered on :data:`app` when imported here.
"""

from __future__ import annotations

from ikicalc.cli import check, documents, formula, report, serve
from ikicalc.cli.app import app, main

__all__ = ["app", "check", "documents", "formula", "main", "report", "serve"]
