"""``python -m ikicalc``: the command line, as the ``ikicalc`` command."""

from ikicalc.cli import main

main()
