"""Checking formula definitions before they are signed: one rule function per lint code.

:mod:`ikicalc.diagnostics.diagnostic` holds :class:`Diagnostic` and the codes (data,
``ikicalc/data/lint.toml``); :mod:`ikicalc.diagnostics.registry` the ``@rule`` decorator and
the :class:`~ikicalc.diagnostics.registry.Context` a rule receives; one module per family of
rules; :mod:`ikicalc.diagnostics.api` the public :func:`~ikicalc.diagnostics.api.lint`.
"""
