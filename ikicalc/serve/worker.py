"""The worker process of :mod:`ikicalc.serve.pool`: ``python -m ikicalc.serve.worker FD LIMIT``.

Reads ``(job, kwargs)`` from the socket ``FD`` and writes ``(status, payload)`` back, one job
at a time, until the socket is closed. ``LIMIT`` is its address-space limit in bytes
(0: none).
"""

from __future__ import annotations

import signal
import sys
import traceback
from multiprocessing.connection import Connection
from typing import Any

from ikicalc.errors import IkiError
from ikicalc.i18n import _, language
from ikicalc.serve.pool import LANGUAGE_KEY
from ikicalc.serve.problems import Problem, ServeError, from_iki_error, problem
from ikicalc.serve.work import run_job

__all__ = ["answer", "main"]


def answer(job: str, kwargs: dict[str, Any]) -> tuple[str, dict[str, Any] | Problem]:
    """Run one job: ``("ok", result)`` or ``("error", problem)``; never raises. The job's
    messages are in the language of its :data:`LANGUAGE_KEY` argument."""
    arguments = dict(kwargs)
    with language(str(arguments.pop(LANGUAGE_KEY, "en"))):
        return _answer(job, arguments)


def _answer(job: str, kwargs: dict[str, Any]) -> tuple[str, dict[str, Any] | Problem]:
    try:
        return "ok", run_job(job, kwargs)
    except ServeError as error:
        return "error", error.problem
    except IkiError as error:
        return "error", from_iki_error(error)
    except MemoryError:
        return "error", problem(
            422, "memory_limit", _("the computation needs more memory than the server allows")
        )
    except RecursionError:
        return "error", problem(422, "too_deep", _("the input is nested too deeply to compute"))
    except Exception:  # a bug of ikicalc: this request fails, the worker lives on
        traceback.print_exc()
        return "error", problem(
            500, "internal", _("internal error of ikicalc (see the server log)")
        )


def main(argv: list[str]) -> None:
    """Serve jobs on the socket given in ``argv`` until it closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server stops its workers itself
    connection = Connection(int(argv[0]))
    limit = int(argv[1])
    if limit > 0:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    connection.send("ready")
    while True:
        try:
            job, kwargs = connection.recv()
        except (EOFError, OSError):
            return
        connection.send(answer(job, kwargs))


if __name__ == "__main__":
    main(sys.argv[1:])
